"""Files read into closeplan from other programs (CRM exports); no Qt, no database."""
