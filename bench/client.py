"""A small HTTP client that behaves like a browser without JavaScript: cookies, CSRF tokens,
forms, redirects left to the caller. Standard library only, thread-safe per instance."""
import http.cookiejar
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

_TOKEN = re.compile(r'name="csrf_token"(?: type="hidden")? value="([^"]+)"')


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@dataclass
class Reply:
    status: int
    location: str
    body: str
    etag: str = ""


class Visitor:
    def __init__(self, base_url: str, timeout: float = 30, jar: http.cookiejar.CookieJar | None = None):
        self.base = base_url.rstrip("/")
        self.jar = jar if jar is not None else http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect())
        self.timeout = timeout
        self.token: str | None = None

    def _open(self, request) -> Reply:
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                return Reply(response.status, response.headers.get("Location", ""), response.read().decode(),
                             response.headers.get("ETag", ""))
        except urllib.error.HTTPError as error:  # 304 lands here too
            return Reply(error.code, error.headers.get("Location", ""), error.read().decode(errors="replace"),
                         error.headers.get("ETag", ""))

    def download(self, path: str) -> tuple[int, bytes]:
        """A file: its status and its bytes (read as they come)."""
        try:
            with self.opener.open(urllib.request.Request(self.base + path), timeout=self.timeout * 4) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def get(self, path: str, headers: dict | None = None) -> Reply:
        reply = self._open(urllib.request.Request(self.base + path, headers=headers or {}))
        found = _TOKEN.search(reply.body)
        if found:
            self.token = found.group(1)
        return reply

    def post(self, path: str, data: dict, accept_json: bool = False) -> Reply:
        if self.token is None:
            self.get("/compte/connexion")
        body = urllib.parse.urlencode({"csrf_token": self.token, **data}).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if accept_json:
            headers["Accept"] = "application/json"
        return self._open(urllib.request.Request(self.base + path, data=body, headers=headers, method="POST"))

    def login(self, email: str, password: str) -> "Visitor":
        self.get("/compte/connexion")
        reply = self.post("/compte/connexion", {"email": email, "password": password})
        if reply.status != 302:
            raise RuntimeError(f"login failed for {email}: HTTP {reply.status}")
        self.get("/compte/profil")  # a fresh CSRF token bound to the new session
        return self

    def elsewhere(self, base_url: str) -> "Visitor":
        """The same browser (cookies, token) talking to another server."""
        other = Visitor(base_url, self.timeout, jar=self.jar)
        other.token = self.token
        return other

    def cookie(self, name: str = "session") -> str:
        return next(c.value for c in self.jar if c.name == name)
