"""kindergarten-desktop: the office application of one Vietnamese kindergarten."""

__version__ = "0.1.0"
APP_NAME = "kindergarten-desktop"
ORG_NAME = "kindergarten-desktop"
