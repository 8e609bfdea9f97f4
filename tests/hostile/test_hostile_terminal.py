"""The terminal is a view too: text printed by the CLI is shown as written.

The CLI prints with rich, whose console markup (``[bold]``, ``[link=...]``,
``[/caption]``) would otherwise be read from article text, file names and ids:
scraped pages carry WordPress shortcodes like ``[caption]...[/caption]``, and an
unmatched closing tag used to crash ``--format table``. Escape sequences must not
reach the terminal either.
"""

from __future__ import annotations

from pathlib import Path

from hostile_kit import assert_no_traceback, geograph, messages

from geograph.model import Actor, DocResult, Document, Mention
from geograph.rdf import document_quads
from geograph.store import LocalStore

MARKUP = "[/caption] [bold]loud[/bold] [link=https://evil.example]click[/link] [red"
ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b]52;c;cHduZWQ=\x07"
SENTENCE = f"Iran accused Israel of sabotage {MARKUP} at the site {ESCAPES}."


def test_extract_table_prints_markup_as_text(tmp_path: Path) -> None:
    article = tmp_path / "article [draft].txt"
    article.write_text(SENTENCE, encoding="utf-8")
    run = geograph("extract", article, "--format", "table", cwd=tmp_path, env={"COLUMNS": "400"})
    assert_no_traceback(run)
    assert run.returncode == 0, run.stderr
    # spaCy ends the sentence after "[/caption]", which used to crash the table.
    assert "sabotage [/caption]" in run.stdout
    assert "[draft]" in run.stdout
    assert "\x1b" not in run.stdout + run.stderr and "\x07" not in run.stdout


def test_query_table_and_messages_print_markup_as_text(tmp_path: Path) -> None:
    store_dir = tmp_path / "store [v2]"
    store = LocalStore(store_dir)
    evil = Actor("person:x", MARKUP + ESCAPES, "Person")
    doc = Document(f"doc {MARKUP}", SENTENCE)
    mention = Mention(doc.id, "accuses", evil, Actor("iran", "Iran", "State"), SENTENCE, 0, 10)
    store.put_document(doc.id, doc.sha256, document_quads(DocResult(doc, (mention,), ())))
    store.close()
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    query = f"SELECT ?label WHERE {{ GRAPH ?g {{ ?s {label} ?label }} }}"
    run = geograph("query", query, "--store", store_dir, cwd=tmp_path, env={"COLUMNS": "400"})
    assert_no_traceback(run)
    assert run.returncode == 0, run.stderr
    assert MARKUP in run.stdout
    assert "\x1b" not in run.stdout and "\\x1b]0;pwned\\x07" in run.stdout  # shown, inert
    removed = geograph("remove", doc.id, f"missing {MARKUP}", "--store", store_dir, cwd=tmp_path)
    assert_no_traceback(removed)
    assert removed.returncode == 1  # one of the two was not there
    assert f"removed doc {MARKUP}" in removed.stderr
    assert f"warning: no document missing {MARKUP}" in removed.stderr


def test_build_into_a_bracketed_directory(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Iran accused Israel of sabotage at the site.", encoding="utf-8")
    out = tmp_path / "out [draft] [/x]"
    run = geograph("build", article, "-o", out, cwd=tmp_path)
    assert_no_traceback(run)
    assert run.returncode == 0, run.stderr
    assert f"wrote {out / 'graph.html'}" in run.stderr
    assert (out / "graph.html").is_file()


def test_a_file_name_cannot_drive_the_terminal(tmp_path: Path) -> None:
    name = f"evil{ESCAPES}[/x].txt"
    run = geograph("extract", name, cwd=tmp_path)
    assert_no_traceback(run)
    assert run.returncode == 2
    assert "\x1b" not in run.stderr and "\x07" not in run.stderr
    assert messages(run) == [
        "evil\\x1b]0;pwned\\x07\\x1b[2J\\x1b]52;c;cHduZWQ=\\x07[/x].txt: no such file or directory"
    ]


def test_usage_errors_are_one_line_with_exit_code_2(tmp_path: Path) -> None:
    for args, expected in (
        (
            ("extract", "a.txt", "--bogus"),
            "No such option: --bogus (see 'geograph extract --help')",
        ),
        (("nosuchcommand",), "No such command 'nosuchcommand'."),
        (("extract", "a.txt", "--workers", "0"), "Invalid value for '--workers'"),
        (("query",), "Missing argument 'text'."),
    ):
        run = geograph(*args, cwd=tmp_path)
        assert_no_traceback(run)
        assert run.returncode == 2, (args, run.stderr)
        (line,) = messages(run)
        assert line.startswith(expected) and "--help" in line, (args, line)
