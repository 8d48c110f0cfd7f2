"""Citizen tickets (工单): models, id allocation and the service used by actions and operators."""
