"""The FastAPI application: limits and security headers around the audit, batch and search pages."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from ..errors import InputTooLarge, JobNotFound, PlanParserError, UploadRejected
from .jobs import JobStore
from .settings import WebSettings

HERE = Path(__file__).parent

# Everything is served from this origin; no inline script or style, so injected markup cannot run.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

_STATUS = {InputTooLarge: 413, UploadRejected: 415, JobNotFound: 404}


class RequestTooLarge(Exception):
    pass


class LimitBody:
    """ASGI middleware: refuse a request body over `max_bytes`, by its header or as it streams in."""

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            return await _too_large(send)
        seen = 0
        started = False

        async def counted_receive():
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise RequestTooLarge()
            return message

        async def tracked_send(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except RequestTooLarge:
            if not started:
                await _too_large(send)


async def _too_large(send) -> None:
    body = "Yêu cầu quá lớn (E104).".encode()
    headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 413, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _warm_up(job) -> None:
    """Restore one line, which loads the restorer's model files (about 2 s) before anyone waits on them."""
    from ..restore import restore

    restore("Ke hoach trien khai")


def create_app(settings: WebSettings | None = None) -> FastAPI:
    """The auditors' app. `settings.db` enables parent lookup and the search page."""
    from . import routes_audit, routes_batch, routes_search

    settings = settings or WebSettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if settings.warm_up:
            app.state.jobs.submit("warm-up", None, _warm_up)
        yield
        app.state.jobs.shutdown()  # deletes the upload folders of unfinished jobs

    app = FastAPI(
        title="plan-parser: kiểm tra kế hoạch", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan
    )
    app.state.settings = settings
    app.state.jobs = JobStore(settings.workers, settings.max_jobs_kept, settings.job_ttl_s)
    app.state.archive = routes_search.open_archive(settings.db)
    templates = Jinja2Templates(directory=HERE / "templates")  # autoescape is on for .html
    templates.env.globals["search_enabled"] = app.state.archive is not None
    app.state.templates = templates
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    @app.exception_handler(PlanParserError)
    async def plan_parser_error(request: Request, exc: PlanParserError):
        status = next((code for cls, code in _STATUS.items() if isinstance(exc, cls)), 400)
        if request.url.path.startswith("/api/"):
            return JSONResponse(exc.to_dict(), status_code=status)
        page = templates.TemplateResponse(request, "error.html", {"error": exc.to_dict()}, status_code=status)
        return page

    for module in (routes_audit, routes_batch, routes_search):
        app.include_router(module.router)
    app.add_middleware(LimitBody, max_bytes=settings.max_request_bytes)
    return app
