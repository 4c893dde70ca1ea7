"""A small client for WordPress's REST API v2, with the standard library's urllib.

Authentication is HTTP Basic with an application password (WordPress 5.6+).
The API is found at ``/wp-json/`` (pretty permalinks) or, where the server does
no rewriting, at ``/?rest_route=``; :meth:`WordPress.connect` tries both.

Every failure becomes a :class:`PublishError` that names the step it happened
in and says what to do, in the user's language (translated where it is shown).
urllib and not ``requests``: a handful of JSON calls and one raw upload need no
extra dependency.
"""

from __future__ import annotations

import base64
import json
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from editor import __version__
from editor.core.messages import QT_TRANSLATE_NOOP, FederError, Message

TIMEOUT = 30.0
UPLOAD_TIMEOUT = 180.0


class PublishError(FederError):
    """A failed step; ``step`` is a :data:`STEPS` key, shown in front of the message."""

    def __init__(self, step: str, message: Message, *, http_status: int = 0, code: str = "",
                 **params: object) -> None:
        self.step = step
        self.status = http_status
        self.code = code
        super().__init__(message, status=http_status, code=code, **params)


#: The steps of sending, in order, as the progress dialog and the CLI name them.
STEPS: dict[str, Message] = {
    "connect": QT_TRANSLATE_NOOP("Publish", "Connecting to the site"),
    "check": QT_TRANSLATE_NOOP("Publish", "Looking up the existing draft"),
    "media": QT_TRANSLATE_NOOP("Publish", "Uploading images"),
    "terms": QT_TRANSLATE_NOOP("Publish", "Mapping tags and category"),
    "author": QT_TRANSLATE_NOOP("Publish", "Mapping the author"),
    "post": QT_TRANSLATE_NOOP("Publish", "Saving the draft"),
}


@dataclass(frozen=True)
class Upload:
    filename: str
    media_type: str
    data: bytes


class WordPress:
    """One site, one user. Not thread-safe; make one per send."""

    def __init__(self, url: str, user: str, password: str, *, timeout: float = TIMEOUT) -> None:
        self.url = url.rstrip("/")
        self.user = user
        self.timeout = timeout
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self._auth = f"Basic {token}"
        self._pretty: bool | None = None  # /wp-json/ works; None until connect()

    # ---- finding the API -------------------------------------------------------
    def connect(self) -> dict[str, Any]:
        """Find the API and log in; the account as ``/wp/v2/users/me`` (context edit) gives it."""
        step = "connect"
        detail = ""
        for pretty in (True, False):
            self._pretty = pretty
            try:
                index = self.request("GET", "/", step, query={"_fields": "name,namespaces"})
            except PublishError as exc:
                if exc.code in ("unreachable", "unauthorized") or exc.status == 401:
                    raise
                detail = exc.text()
                continue
            if isinstance(index, dict) and "wp/v2" in (index.get("namespaces") or []):
                break
        else:
            raise PublishError(
                step,
                QT_TRANSLATE_NOOP(
                    "Publish",
                    "{url} does not answer as a WordPress site with the REST API: neither /wp-json/ "
                    "nor ?rest_route= gave WordPress's answer. Check the address, or ask the site's "
                    "administrator whether the REST API is switched off (by a security plugin). {detail}",
                ),
                url=self.url,
                detail=detail,
                code="no_rest_api",
            )
        return self.request("GET", "/wp/v2/users/me", step, query={"context": "edit"})

    @property
    def uses_rest_route(self) -> bool:
        return self._pretty is False

    # ---- requests --------------------------------------------------------------
    def request(
        self,
        method: str,
        route: str,
        step: str,
        *,
        query: dict[str, Any] | None = None,
        json_body: dict[str, Any] | None = None,
        upload: Upload | None = None,
        auth: bool = True,
    ) -> Any:
        """Call ``route`` (``/wp/v2/posts``); the decoded JSON answer or a :class:`PublishError`."""
        url = self._address(route, query or {})
        headers = {"Accept": "application/json", "User-Agent": f"Feder/{__version__}"}
        if auth:
            headers["Authorization"] = self._auth
        data = None
        timeout = self.timeout
        if json_body is not None:
            data = json.dumps(json_body).encode("utf-8")
            headers["Content-Type"] = "application/json; charset=utf-8"
        elif upload is not None:
            data = upload.data
            headers["Content-Type"] = upload.media_type
            headers["Content-Disposition"] = f'attachment; filename="{upload.filename}"'
            timeout = max(timeout, UPLOAD_TIMEOUT)
        request = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as answer:
                body = answer.read()
        except urllib.error.HTTPError as exc:
            raise self._http_error(step, exc) from exc
        except (urllib.error.URLError, TimeoutError, ConnectionError, ssl.SSLError) as exc:
            raise PublishError(
                step,
                QT_TRANSLATE_NOOP(
                    "Publish",
                    "The site {url} cannot be reached ({reason}). Check the address and the "
                    "network connection.",
                ),
                url=self.url,
                reason=_reason(exc),
                code="unreachable",
            ) from exc
        return _decode(step, body, url)

    def _address(self, route: str, query: dict[str, Any]) -> str:
        if self._pretty is False:
            params = {"rest_route": route, **query}
            return f"{self.url}/?{urlencode(params, doseq=True)}"
        tail = f"?{urlencode(query, doseq=True)}" if query else ""
        return f"{self.url}/wp-json{route}{tail}"

    def _http_error(self, step: str, exc: urllib.error.HTTPError) -> PublishError:
        try:
            body = json.loads(exc.read().decode("utf-8", "replace"))
        except (ValueError, OSError):
            body = None
        code = str(body.get("code", "")) if isinstance(body, dict) else ""
        detail = _plain(str(body.get("message", ""))) if isinstance(body, dict) else ""
        status = exc.code
        data = body.get("data") if isinstance(body, dict) else None
        if code == "term_exists" and isinstance(data, dict) and isinstance(data.get("term_id"), int):
            return PublishError(step, QT_TRANSLATE_NOOP("Publish", "The term exists already."),
                                http_status=status, code=code, term_id=data["term_id"])
        if status == 401 or code in ("incorrect_password", "invalid_username", "rest_not_logged_in"):
            message = QT_TRANSLATE_NOOP(
                "Publish",
                "The site refused the user name or the application password (HTTP {status}). "
                "Check both; an application password is made in WordPress under Users → Profile.",
            )
            if code == "application_passwords_disabled":
                message = QT_TRANSLATE_NOOP(
                    "Publish",
                    "The site does not accept application passwords ({detail}). WordPress allows "
                    "them only over HTTPS, unless the site is marked as local.",
                )
            return PublishError(step, message, http_status=status, code=code or "unauthorized", detail=detail)
        own = code.startswith("rest_") or not code  # WordPress's own refusal, not a plugin's
        if step == "media" and status == 403 and own:
            return PublishError(
                step,
                QT_TRANSLATE_NOOP(
                    "Publish",
                    "The account may not upload images to the media library (HTTP 403: {detail}). "
                    "Ask the site's administrator for the “Author” role or higher.",
                ),
                http_status=status, code=code, detail=detail or code,
            )
        if status == 403 and own:
            return PublishError(
                step,
                QT_TRANSLATE_NOOP("Publish", "The account is not allowed to do this (HTTP 403: {detail})."),
                http_status=status, code=code, detail=detail or code,
            )
        if status == 404 and code == "rest_no_route":
            return PublishError(
                step,
                QT_TRANSLATE_NOOP(
                    "Publish",
                    "The site's REST API does not offer this ({detail}); it may be switched off or "
                    "limited by a plugin.",
                ),
                http_status=status, code=code, detail=detail,
            )
        if code:
            return PublishError(
                step,
                QT_TRANSLATE_NOOP(
                    "Publish",
                    "The site rejected the request (HTTP {status}, {code}): {detail} A plugin or the "
                    "site's settings may not allow it.",
                ),
                http_status=status, code=code, detail=detail,
            )
        return PublishError(
            step,
            QT_TRANSLATE_NOOP(
                "Publish",
                "The site answered with HTTP {status} {reason} and no WordPress message; a firewall, "
                "a proxy or a plugin may have blocked the request.",
            ),
            http_status=status, code=f"http_{status}", reason=exc.reason or "",
        )


def _decode(step: str, body: bytes, url: str) -> Any:
    try:
        return json.loads(body.decode("utf-8-sig"))
    except ValueError as exc:
        raise PublishError(
            step,
            QT_TRANSLATE_NOOP(
                "Publish",
                "The site's answer to {url} is not what WordPress's REST API sends (not JSON). "
                "The address may not be a WordPress site.",
            ),
            url=url,
            code="not_json",
        ) from exc


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None) or exc
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason) or type(exc).__name__


def _plain(text: str) -> str:
    """WordPress messages may carry HTML (``<strong>``); the user gets text."""
    import html
    import re

    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", text)).split())
