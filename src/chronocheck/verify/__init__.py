"""Verify: match claims to reference facts and judge them."""
