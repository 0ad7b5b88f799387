"""Use cases. The only code that commits; every mutation returns what changed."""
