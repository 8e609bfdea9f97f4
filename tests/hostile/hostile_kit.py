"""What the hostile suite shares: payloads, and the CLI run as a real process.

The payloads are our own: the shapes of script injection (elements, event
handlers, attribute and string breakouts, ``javascript:`` URLs, ``</script>``
inside JSON, template syntax) and of RDF/XML/CSV injection (quotes, backslashes,
line breaks, ``>`` and spaces where an IRI might be built, control characters,
lone surrogates). Every script payload sets ``window.pwned``; the HTML page
records ``String(window.pwned)`` on ``<body data-pwned>``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Markup that would run a script if it ever reached the page as HTML or code.
SCRIPT_PAYLOADS = (
    "<script>window.pwned=1</script>",
    "<img src=x onerror=window.pwned=1>",
    '<img src="x" onerror="window.pwned=1">',
    '"><svg onload=window.pwned=1>',
    "'><svg/onload=window.pwned=1>",
    '" autofocus onfocus="window.pwned=1',
    "' onmouseover='window.pwned=1",
    "javascript:window.pwned=1",
    '<a href="javascript:window.pwned=1">link</a>',
    "</script><script>window.pwned=1</script>",
    "</SCRIPT ><script >window.pwned=1</script >",
    "<!--<script>window.pwned=1</script>-->",
    '<iframe srcdoc="<script>parent.pwned=1</script>"></iframe>',
    "<math><mtext><table><mglyph><style><img src=x onerror=window.pwned=1>",
    "</style><img src=x onerror=window.pwned=1>",
    "</textarea></title><img src=x onerror=window.pwned=1>",
    '<base href="javascript:window.pwned=1//">',
    '<meta http-equiv="refresh" content="0;url=javascript:window.pwned=1">',
    "{{constructor.constructor('window.pwned=1')()}}",
    "${window.pwned=1}",
    "');window.pwned=1;('",
    '");window.pwned=1;("',
    "\\u003cscript\\u003ewindow.pwned=1\\u003c/script\\u003e",
    "\u2028window.pwned=1\u2029",
    "&lt;script&gt;window.pwned=1&lt;/script&gt;",
    "data:text/html,<script>window.pwned=1</script>",
)

# Text that breaks naive serializers of RDF, XML and CSV.
TEXT_PAYLOADS = (
    "double \"quotes\" and 'single' ones",
    "back\\slash, \\n not a newline, \\u0041 not an A, trailing\\",
    "triple \"\"\"quotes\"\"\" and '''these'''",
    "line\nfeed, CR\rLF\r\nand tab\t",
    "x> <http://evil.example/p> <http://evil.example/o> .",
    "spaces in an iri> and a <bracket",
    '" ; <http://evil.example/p> "injected',
    "@prefix evil: <http://evil.example/> .",
    "_:b0 <http://evil.example/p> _:b1 .",
    '{"@id": "http://evil.example/", "@context": null}',
    "ends with a dot.",
    "%41%2F percent%20escapes and %",
    "controls \x00\x01\x07\x08\x0b\x0c\x1b\x1f\x7f\x85 in text",
    "separators \u2028 and \u2029, a BOM \ufeff, a non-character \ufffe\uffff",
    "lone \ud800 and \udfff surrogates",
    "bidi \u202eoverride\u202c and zero\u200bwidth",
    "<tag attr='v'>&amp; ]]> <![CDATA[x]]>",
    '=HYPERLINK("http://evil.example") +1 -1 @SUM(A1)',
    "emoji \U0001f680, CJK \u4f0a\u6717, Arabic \u0627\u06cc\u0631\u0627\u0646",
    "  leading and trailing spaces  ",
    "",
)


@dataclass(frozen=True)
class Run:
    """One finished CLI process."""

    returncode: int
    stdout: str
    stderr: str
    peak_mb: float  # the process's peak resident set size

    @property
    def lines(self) -> list[str]:
        """stderr's lines, without blanks."""
        return [line for line in self.stderr.splitlines() if line.strip()]


# Runs geograph's entry point in this process and writes its peak RSS (KiB) last.
_WRAPPER = textwrap.dedent(
    """
    import os, resource, sys
    from geograph.cli import main
    code = 0
    try:
        main(sys.argv[1:])
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        with open(os.environ["GEOGRAPH_TEST_PEAK"], "w") as fh:
            fh.write(str(peak))
    sys.exit(code)
    """
)


def geograph(
    *args: str | Path,
    cwd: Path,
    stdin: bytes | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 300,
) -> Run:
    """Run ``geograph ARGS...`` as a separate process, as a user would."""
    peak = cwd / ".peak"
    environ = {
        **os.environ,
        "GEOGRAPH_TEST_PEAK": str(peak),
        "PYTHONWARNINGS": "ignore",
    }
    environ.pop("GEOGRAPH_STORE", None)
    environ.pop("GEOGRAPH_CONFIG", None)
    environ.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *map(str, args)],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        env=environ,
        timeout=timeout,
        check=False,
    )
    kib = int(peak.read_text()) if peak.exists() else 0
    return Run(
        proc.returncode,
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
        kib / 1024,
    )


def messages(run: Run, kind: str = "error") -> list[str]:
    """The ``error:`` (or ``warning:``) lines of a run, without the prefix."""
    prefix = f"{kind}: "
    return [line[len(prefix) :] for line in run.lines if line.startswith(prefix)]


def assert_no_traceback(run: Run) -> None:
    assert "Traceback" not in run.stderr, run.stderr
    assert "internal error" not in run.stderr, run.stderr
