"""Drive the Debian `chromium` headless over the DevTools protocol: page width, JS values, console
errors and screenshots, as a person's browser would show them.

`--dump-dom` (as the first coverage test does) says what the DOM holds but not how it lays out;
a board officer on a phone sees the layout. The protocol is plain JSON over a WebSocket
(`websockets` comes with prefect), so no browser is downloaded and nothing leaves the machine.
"""

from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest
from websockets.sync.client import ClientConnection, connect

BINARY = shutil.which("chromium")
# offline, quiet, throwaway: no update checks, sync or QUIC probes from a test browser
HEADLESS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
)
needs_chromium = pytest.mark.skipif(BINARY is None, reason="needs chromium")


def print_pdf(page: Path, pdf: Path, timeout: float = 120) -> Path:
    """Print an HTML page to `pdf` the way plangen's Chromium producer prints plans (no header or
    footer line), so a test's document is made as the generated families' are."""
    subprocess.run(
        [BINARY or "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf}", page.resolve().as_uri()],
        check=True, capture_output=True, timeout=timeout,
    )  # fmt: skip
    return pdf


_LISTENING = re.compile(r"DevTools listening on (ws://\S+)")


class Chromium:
    """One headless browser with one page; collects console errors and uncaught exceptions."""

    def __init__(self, profile: Path, timeout: float = 60.0) -> None:
        assert BINARY is not None, "Debian package chromium not installed"
        self.timeout = timeout
        self.errors: list[str] = []
        self._id = 0
        self._events: list[dict[str, Any]] = []
        self.proc = subprocess.Popen(
            [
                BINARY,
                *HEADLESS,
                "--hide-scrollbars",
                "--remote-debugging-port=0",
                f"--user-data-dir={profile}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.ws: ClientConnection = connect(self._page_url(), max_size=None, open_timeout=timeout)
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable")

    def _page_url(self) -> str:
        assert self.proc.stderr is not None
        deadline = time.monotonic() + self.timeout
        browser = None
        while browser is None and time.monotonic() < deadline:
            line = self.proc.stderr.readline()
            if not line and self.proc.poll() is not None:
                raise RuntimeError(f"chromium exited with {self.proc.returncode}")
            m = _LISTENING.search(line)
            browser = m.group(1) if m else None
        if browser is None:
            raise RuntimeError("chromium did not open its DevTools port")
        port = browser.split(":")[2].split("/")[0]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as resp:
            targets = json.load(resp)
        return str(next(t for t in targets if t["type"] == "page")["webSocketDebuggerUrl"])

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        self._id += 1
        call = self._id
        self.ws.send(json.dumps({"id": call, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv(timeout=self.timeout))
            if msg.get("id") == call:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return dict(msg.get("result", {}))
            self._event(msg)

    def _event(self, msg: dict[str, Any]) -> None:
        method = msg.get("method")
        params = msg.get("params", {})
        self._events.append(msg)
        if method == "Runtime.exceptionThrown":
            self.errors.append(str(params["exceptionDetails"].get("text")))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            self.errors.append(" ".join(str(a.get("value")) for a in params.get("args", [])))
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            self.errors.append(str(params["entry"].get("text")))

    def open(self, url: str, width: int, height: int = 900) -> None:
        """Load url in a viewport `width` CSS pixels wide (device pixel ratio 1), wait for load."""
        self.send(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=False,
        )
        self._events.clear()
        self.send("Page.navigate", url=url)
        deadline = time.monotonic() + self.timeout
        while not any(e.get("method") == "Page.loadEventFired" for e in self._events):
            if time.monotonic() > deadline:
                raise TimeoutError(f"{url} did not load")
            self._event(json.loads(self.ws.recv(timeout=self.timeout)))

    def eval(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(str(result["exceptionDetails"]))
        return result["result"].get("value")

    def screenshot(self, path: Path) -> Path:
        """The whole page, not just the viewport, as a PNG."""
        shot = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        path.write_bytes(base64.b64decode(shot["data"]))
        return path

    def close(self) -> None:
        try:
            self.ws.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()

    def __enter__(self) -> Chromium:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
