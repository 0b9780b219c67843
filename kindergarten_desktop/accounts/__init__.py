"""Staff accounts, roles, sign-in and the audit trail's queries (issue 18).

The rules themselves (who writes what, what is recorded) are triggers below every domain:
see db/permissions.py, db/audit.py and db/session.py."""
