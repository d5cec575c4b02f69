"""Matching citizens to caseworkers (the team lead's "dubbel matchen"): an explained proposal
from the roster (contract 1.1), accepted or changed by the team lead and audited. Plain Python:
the team lead's screen only presents it. Gender and country of birth are never read here."""
