"""Human-oversight statistics: how often caseworkers accept or override suggestions (no Qt)."""
