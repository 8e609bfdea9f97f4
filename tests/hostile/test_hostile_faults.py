"""Faults: a full disk, a read-only store directory, a document that breaks the
pipeline. Clear one-line errors, the batch goes on, and nothing is left half-written.

A full disk is real: a 1 MB tmpfs mounted in a private mount namespace
(``unshare --user --mount``, no privileges needed), or ``/dev/full``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_kit import assert_no_traceback, geograph, messages

from geograph.errors import ExportError
from geograph.model import Actor, DocResult, Document, Mention
from geograph.pipeline import Pipeline
from geograph.rdf import document_quads
from geograph.settings import Settings
from geograph.store import LocalStore

GEOGRAPH = Path(sys.executable).parent / "geograph"
IRAN = Actor("iran", "Iran", "State", "IRN", "Q794")
ISRAEL = Actor("israel", "Israel", "State", "ISR", "Q801")


def make_store(path: Path, n: int = 40) -> Path:
    store = LocalStore(path)
    for d in range(3):
        doc = f"doc-{d}"
        mentions = tuple(
            Mention(doc, "accuses", Actor(f"a{i}", f"Actor {i}", "Person"), IRAN, "S.", i, i + 2)
            for i in range(n)
        )
        result = DocResult(Document(doc, "S. " * n), mentions, ())
        store.put_document(doc, result.document.sha256, document_quads(result))
    store.close()
    return path


def in_private_mounts(script: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run a shell script in a mount namespace of its own, as its root."""
    unshare = shutil.which("unshare")
    assert unshare, "util-linux's unshare is needed to mount a small tmpfs (a full disk)"
    return subprocess.run(
        [unshare, "--user", "--map-root-user", "--mount", "sh", "-uc", script],
        cwd=cwd,
        env={"PATH": "/usr/bin:/bin", "GEOGRAPH": str(GEOGRAPH), **env},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


# -- full disk: exports ---------------------------------------------------------------


def test_export_to_a_full_device_is_one_line(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store")
    run = geograph("export", "ttl", "-o", "/dev/full", "--store", store, cwd=tmp_path)
    assert_no_traceback(run)
    assert run.returncode == ExportError.exit_code
    assert messages(run) == ["cannot write ttl to /dev/full: No space left on device"]


@pytest.mark.parametrize("fmt", ["html", "gexf", "ttl", "csv"])
def test_export_on_a_full_disk_keeps_the_old_file_whole(tmp_path: Path, fmt: str) -> None:
    store = make_store(tmp_path / "store")
    disk = tmp_path / "disk"
    disk.mkdir()
    old = tmp_path / f"old.{fmt}"
    old.write_bytes(b"the previous export\n")
    script = f"""
    mount -t tmpfs -o size=1m tmpfs "$DISK" || exit 99
    cp "$OLD" "$DISK/graph.{fmt}"
    head -c 2000000 /dev/zero > "$DISK/filler" 2>/dev/null
    "$GEOGRAPH" export {fmt} -o "$DISK/graph.{fmt}" --store "$STORE"
    echo "rc=$?"
    cmp -s "$OLD" "$DISK/graph.{fmt}" && echo "old file intact"
    ls -a "$DISK"
    """
    done = in_private_mounts(script, tmp_path, DISK=str(disk), OLD=str(old), STORE=str(store))
    assert "rc=6" in done.stdout, done.stdout + done.stderr
    assert "old file intact" in done.stdout
    listing = done.stdout.split("old file intact", 1)[1].split()
    assert sorted(listing) == sorted([".", "..", f"graph.{fmt}", "filler"])  # no .part left
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "No space left on device" in errors[0], done.stderr
    assert "Traceback" not in done.stderr


# -- a document that breaks the pipeline ------------------------------------------------


class _Brittle:
    """The spaCy pipeline, except that it fails on any text holding BOOM."""

    def __init__(self, nlp: object) -> None:
        self.nlp = nlp

    def __getattr__(self, name: str) -> object:
        return getattr(self.nlp, name)

    def pipe(self, items: object, **kw: object) -> object:
        items = list(items)  # type: ignore[call-overload]
        texts = [item if isinstance(item, str) else item[0] for item in items]
        if any("BOOM" in text for text in texts):
            raise RuntimeError("the parser fell over")
        return self.nlp.pipe(items, **kw)  # type: ignore[attr-defined]

    def __call__(self, text: str) -> object:
        if "BOOM" in text:
            raise RuntimeError("the parser fell over")
        return self.nlp(text)  # type: ignore[operator]


def test_a_document_that_breaks_the_parser_is_reported_and_the_rest_goes_on(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "nlp", _Brittle(pipeline.nlp))
    docs = [
        Document("one", "Iran accused Israel of sabotage.", path="in/one.txt"),
        Document("two", "BOOM. Iran accused Israel.", path="in/all.jsonl"),
        Document("three", "Israel accused Iran of sabotage."),
    ]
    errors: list[str] = []
    results = list(pipeline.process(docs, on_error=errors.append))
    assert [r.document.id for r in results] == ["one", "three"]
    assert all(r.mentions for r in results)
    assert errors == ["in/all.jsonl [two]: extraction failed: RuntimeError('the parser fell over')"]


def test_a_document_over_the_limit_is_reported_and_the_rest_goes_on(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "settings", Settings(max_document_chars=40))
    docs = [
        Document("long", "Iran accused Israel of sabotage at the site.", path="in/long.txt"),
        Document("short", "Iran accused Israel."),
    ]
    errors: list[str] = []
    results = list(pipeline.process(docs, on_error=errors.append))
    assert [r.document.id for r in results] == ["short"]
    assert errors == ["in/long.txt: too large (44 characters; max_document_chars is 40), skipped"]
