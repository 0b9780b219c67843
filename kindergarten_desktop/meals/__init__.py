"""Meals and fees (bán trú): rates, daily meal counts, the monthly ledger, payments,
the market book and month closing. Plain Python over the database; no Qt widgets."""
