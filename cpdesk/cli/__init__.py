"""The command line (``cpdesk``): argparse commands on the services that print text or JSON.

No Qt is loaded and no database is opened here except through the services.
"""
