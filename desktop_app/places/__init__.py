"""Programme places (contract 1.1): intakes and their occupancy, a capacity-aware allocation
with prices per place, suggestions that fit the places, planning figures and caseworker
matching. Plain Python (no Qt): the team lead's screens only present what this computes."""
