"""Public-service knowledge base: curated items + imported catalogue, knowledge graph, retrieval.

Modules: ``schema`` (validated YAML records), ``models`` (tables), ``store`` (build/upsert/read),
``catalog`` (government catalogue importer), ``tokenize`` (Jieba), ``aspects`` (条件/材料/...),
``retrieval`` (hybrid BM25 + alias/KG + optional dense, RRF), ``answer`` (cited answers),
``service`` (engine -> answers for callers), ``evaluation`` (recall/MRR/latency).
Nothing heavy is imported here, so ``bot.knowledge.schema`` stays cheap to import.
"""
