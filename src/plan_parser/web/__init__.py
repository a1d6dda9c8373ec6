"""The auditors' web app: upload a plan and its parent, follow the progress, read and download the report.

    >>> from plan_parser.web import create_app, WebSettings
    >>> app = create_app(WebSettings(db="archive.sqlite"))   # serve with uvicorn
"""

from .app import create_app
from .settings import WebSettings

__all__ = ["WebSettings", "create_app"]
