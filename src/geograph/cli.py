"""The ``geograph`` command line: thin Typer commands over library functions.

Data goes to stdout, messages to stderr. Every error geograph raises on purpose
is printed as one line and mapped to an exit code in :func:`main`; a document that
fails in a batch is reported and the batch goes on, exiting non-zero at the end.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table as RichTable

from . import __version__, commands
from .errors import GeographError, InputError
from .model import Document
from .progress import Reporter, print_summary
from .settings import Settings, load_settings

app = typer.Typer(
    name="geograph",
    help="News text in, a queryable knowledge graph of geopolitical relations out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# soft_wrap: a message stays on one line however long its file name is.
# markup=False: text, file names and ids print as written ("[/caption]" in an article
# is not console markup); the few styled prefixes ask for markup=True.
err = Console(stderr=True, highlight=False, soft_wrap=True, markup=False)
out = Console(highlight=False, soft_wrap=True, markup=False)

StoreOpt = Annotated[
    str | None,
    typer.Option(
        "--store",
        help="memory, a directory (embedded store), or http://HOST:PORT (SPARQL server).",
        envvar="GEOGRAPH_STORE",
        show_envvar=False,
    ),
]
QueryUrlOpt = Annotated[
    str | None, typer.Option("--query-url", help="SPARQL query endpoint (other servers).")
]
UpdateUrlOpt = Annotated[
    str | None, typer.Option("--update-url", help="SPARQL update endpoint (other servers).")
]
GraphStoreUrlOpt = Annotated[
    str | None,
    typer.Option("--graph-store-url", help="Graph Store Protocol endpoint (other servers)."),
]
ModelOpt = Annotated[str | None, typer.Option("--model", help="spaCy pipeline name.")]
CodingOpt = Annotated[
    str | None,
    typer.Option(
        "--coding",
        help="How stated plans get CAMEO/PLOVER codes: codebook (intent) or petrarch (the act).",
    ),
]
WorkersOpt = Annotated[int | None, typer.Option("--workers", "-w", min=1, help="Processes.")]
ClusterOpt = Annotated[
    str | None,
    typer.Option("--cluster", help="Dask scheduler address (tcp://HOST:8786) to extract on."),
]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="A geograph.toml file.")]
InputsArg = Annotated[
    list[str], typer.Argument(help="Text files, directories, JSONL files, or - for stdin.")
]


class _Problems:
    """Counts and prints per-document errors and warnings without stopping."""

    def __init__(self) -> None:
        self.errors = 0

    def error(self, message: str) -> None:
        self.errors += 1
        err.print(f"[red]error:[/] {_one_line(message)}", markup=True)

    def warning(self, message: str) -> None:
        err.print(f"[yellow]warning:[/] {_one_line(message)}", markup=True)


# Control characters other than the white space that split() folds away.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")


def _shown(text: str) -> str:
    """Text for the terminal: one line, control characters written as escapes (an
    ESC in an article or a file name must not reach the terminal)."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", " ".join(text.split()))


def _one_line(message: str) -> str:
    from rich.markup import escape

    return escape(_shown(message))


def _settings(config: Path | None = None, **overrides: Any) -> Settings:
    return load_settings(config, **overrides)


def _store_settings(
    config: Path | None,
    store: str | None,
    query_url: str | None,
    update_url: str | None,
    graph_store_url: str | None,
    **overrides: Any,
) -> Settings:
    return _settings(
        config,
        store=store,
        query_url=query_url,
        update_url=update_url,
        graph_store_url=graph_store_url,
        **overrides,
    )


def _documents(inputs: list[str], settings: Settings, problems: _Problems) -> Iterator[Document]:
    """The input documents, streamed; bad input is reported through ``problems``."""
    return commands.documents(
        inputs,
        on_error=problems.error,
        on_warning=problems.warning,
        max_chars=settings.max_document_chars,
    )


@app.command()
def extract(
    inputs: InputsArg,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl or table.")] = "jsonl",
    model: ModelOpt = None,
    coding: CodingOpt = None,
    workers: WorkersOpt = None,
    cluster: ClusterOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Print one JSON object per relation mention (the extraction contract)."""
    if fmt not in ("jsonl", "table"):
        raise GeographError(f"unknown format {fmt!r}; choose jsonl or table")
    settings = _settings(config, model=model, coding=coding, workers=workers, cluster=cluster)
    problems = _Problems()
    docs = _documents(inputs, settings, problems)
    table = RichTable("doc", "relation", "source", "target", "modality", "neg", "sentence")
    for result in commands.extract(docs, settings, on_error=problems.error):
        for m in result.mentions:
            if fmt == "jsonl":
                sys.stdout.write(json.dumps(m.to_json(), ensure_ascii=False) + "\n")
            else:
                table.add_row(
                    _shown(m.doc),
                    m.relation,
                    _shown(m.source.label),
                    _shown(m.target.label),
                    m.modality,
                    "yes" if m.negated else "",
                    _shown(m.sentence)[:120],
                )
        sys.stdout.flush()
    if fmt == "table":
        out.print(table)
    if problems.errors:
        raise typer.Exit(InputError.exit_code)


@app.command()
def ingest(
    inputs: InputsArg,
    store: StoreOpt = None,
    model: ModelOpt = None,
    workers: WorkersOpt = None,
    cluster: ClusterOpt = None,
    force: Annotated[bool, typer.Option("--force", help="Re-extract unchanged documents.")] = False,
    query_url: QueryUrlOpt = None,
    update_url: UpdateUrlOpt = None,
    graph_store_url: GraphStoreUrlOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Extract documents into the store (one named graph per document)."""
    settings = _store_settings(
        config,
        store,
        query_url,
        update_url,
        graph_store_url,
        model=model,
        workers=workers,
        cluster=cluster,
    )
    problems = _Problems()
    docs = _documents(inputs, settings, problems)
    total = commands.count_documents(inputs)
    with Reporter("ingesting", total) as report:
        summary = commands.ingest(
            docs, settings, on_error=problems.error, progress=report, force=force, total=total
        )
    print_summary(summary, f"ingested into {settings.store}")
    if problems.errors:
        raise typer.Exit(InputError.exit_code)


@app.command()
def build(
    inputs: InputsArg,
    outdir: Annotated[Path, typer.Option("--out", "-o", help="Output directory.")] = Path("out"),
    store: Annotated[
        str | None,
        typer.Option("--store", help="Store to build into (default: OUTDIR/store)."),
    ] = None,
    model: ModelOpt = None,
    workers: WorkersOpt = None,
    cluster: ClusterOpt = None,
    query_url: QueryUrlOpt = None,
    update_url: UpdateUrlOpt = None,
    graph_store_url: GraphStoreUrlOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Ingest, then write graph.html, graph.gexf, graph.ttl and summary.json."""
    settings = _store_settings(
        config,
        store or str(outdir / "store"),
        query_url,
        update_url,
        graph_store_url,
        model=model,
        workers=workers,
        cluster=cluster,
    )
    problems = _Problems()
    docs = _documents(inputs, settings, problems)
    total = commands.count_documents(inputs)
    with Reporter("building", total) as report:
        summary = commands.build(
            docs, settings, outdir, on_error=problems.error, progress=report, total=total
        )
    print_summary(summary, f"built {outdir}")
    for name in (*commands.BUILD_OUTPUTS, "summary.json"):
        err.print(f"  wrote {_shown(str(outdir / name))}")
    if problems.errors:
        raise typer.Exit(InputError.exit_code)


@app.command()
def query(
    text: Annotated[str, typer.Argument(help="SPARQL text, or a named query.")],
    args: Annotated[
        list[str] | None, typer.Argument(help="Values for the named query's parameters.")
    ] = None,
    store: StoreOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv or json.")] = "table",
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="NAME=VALUE parameter.")
    ] = None,
    allow_update: Annotated[
        bool, typer.Option("--allow-update", help="Allow SPARQL Update (changes the store).")
    ] = False,
    timeout: Annotated[float | None, typer.Option("--timeout", help="Seconds.")] = None,
    query_url: QueryUrlOpt = None,
    update_url: UpdateUrlOpt = None,
    graph_store_url: GraphStoreUrlOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Run SPARQL or a named query (who-accuses-whom, arms-suppliers, relations-of ACTOR)."""
    from .query import TABLE_FORMATS, format_table, resolve, run_query
    from .store import open_store

    if fmt != "table" and fmt not in TABLE_FORMATS:
        raise GeographError(f"unknown format {fmt!r}; choose table, {', '.join(TABLE_FORMATS)}")
    settings = _store_settings(
        config, store, query_url, update_url, graph_store_url, query_timeout=timeout
    )
    _, named = resolve(text)
    params: dict[str, str] = {}
    if args:
        names = list(named.params) if named else []
        if len(args) > len(names):
            raise GeographError(
                f"too many arguments for {text!r}: it takes {', '.join(names) or 'none'}"
            )
        params.update(zip(names, args, strict=False))
    for item in param or []:
        key, sep, value = item.partition("=")
        if not sep:
            raise GeographError(f"--param {item!r}: expected NAME=VALUE")
        params[key] = value
    if "ACTOR" in params:
        params["ACTOR"] = _state_for_code(params["ACTOR"])
    # Without --allow-update an embedded store opens for reading, beside other readers.
    with open_store(settings, read_only=not allow_update) as graph:
        table = run_query(
            graph,
            text,
            params,
            allow_update=allow_update,
            timeout=settings.query_timeout,
        )
    if fmt == "table":
        if not table.columns:
            err.print("done")
            return
        rich_table = RichTable(*table.columns)
        for row in table.rows:
            rich_table.add_row(*("" if v is None else _shown(v) for v in row))
        out.print(rich_table)
        err.print(f"{len(table.rows)} row(s)")
    else:
        sys.stdout.write(format_table(table, fmt))


def _state_for_code(value: str) -> str:
    """An ISO 3166 alpha-3 code ("IRN", upper case as ISO writes it) names its
    state's actor id ("iran"); anything else is an id or label as given."""
    if len(value) == 3 and value.isalpha() and value.isupper():
        from .actors import load_gazetteer

        state = load_gazetteer().state(value)
        if state is not None:
            return state.id
    return value


@app.command()
def export(
    fmt: Annotated[
        str, typer.Argument(help="html, gexf, graphml, csv, ttl, nt, nq, trig, jsonld.")
    ],
    output: Annotated[Path, typer.Option("--out", "-o", help="Output file.")],
    store: StoreOpt = None,
    relation: Annotated[list[str] | None, typer.Option("--relation", help="Keep.")] = None,
    actor: Annotated[list[str] | None, typer.Option("--actor", help="Keep edges of.")] = None,
    min_mentions: Annotated[int, typer.Option("--min-mentions", min=1)] = 1,
    since: Annotated[str | None, typer.Option("--since", help="YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option("--until", help="YYYY-MM-DD")] = None,
    top: Annotated[int | None, typer.Option("--top", min=1, help="Top N actors by degree.")] = None,
    query_url: QueryUrlOpt = None,
    update_url: UpdateUrlOpt = None,
    graph_store_url: GraphStoreUrlOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Write the graph (or the RDF) in one format."""
    from .export import RDF_FORMATS
    from .export import export as write
    from .store import open_store

    settings = _store_settings(config, store, query_url, update_url, graph_store_url)
    fmt = fmt.lower()
    output.parent.mkdir(parents=True, exist_ok=True)
    with open_store(settings, read_only=True) as graph:
        if fmt in RDF_FORMATS:
            write(fmt, graph, output)
        else:
            from .view import build_graph

            # The date range is applied in the store (undated documents are left
            # out); build_graph checks the dates first, as the generator is lazy.
            view = build_graph(
                graph.iter_mentions(since=since, until=until),
                relations=relation,
                actors=actor,
                min_mentions=min_mentions,
                since=since,
                until=until,
                top=top,
            )
            write(fmt, view, output)
    err.print(f"wrote {_shown(str(output))}")


@app.command()
def info(
    store: StoreOpt = None,
    model: ModelOpt = None,
    query_url: QueryUrlOpt = None,
    update_url: UpdateUrlOpt = None,
    graph_store_url: GraphStoreUrlOpt = None,
    config: ConfigOpt = None,
) -> None:
    """What the store holds and what this installation knows."""
    settings = _store_settings(config, store, query_url, update_url, graph_store_url, model=model)
    data = commands.info(settings)
    table = RichTable(show_header=False)
    table.add_row("version", __version__)
    for key, value in data.items():
        shown = ", ".join(value) if isinstance(value, list) else str(value)
        table.add_row(key, shown)
    out.print(table)


@app.command()
def remove(
    doc_ids: Annotated[list[str], typer.Argument(help="Document ids.")],
    store: StoreOpt = None,
    query_url: QueryUrlOpt = None,
    update_url: UpdateUrlOpt = None,
    graph_store_url: GraphStoreUrlOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Delete documents (their named graphs) from the store."""
    from .store import open_store

    settings = _store_settings(config, store, query_url, update_url, graph_store_url)
    missing = 0
    with open_store(settings) as graph:
        for doc_id in doc_ids:
            if graph.remove_document(doc_id):
                err.print(f"removed {_shown(doc_id)}")
            else:
                missing += 1
                err.print(f"[yellow]warning:[/] no document {_one_line(doc_id)}", markup=True)
    if missing:
        raise typer.Exit(1)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="A PLOVER or PETRARCH gold JSONL file.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="plover or petrarch.")] = "plover",
    half: Annotated[str, typer.Option("--half", help="all, even or odd records.")] = "all",
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write the scores to this file.")
    ] = None,
    misses: Annotated[int, typer.Option("--misses", help="How many misses to list.")] = 15,
    why: Annotated[
        bool,
        typer.Option(
            "--why", help="Count the missed event types by kind, per part (no sentences shown)."
        ),
    ] = False,
    model: ModelOpt = None,
    coding: CodingOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Score extraction against event-coder gold: type, triple and no-event P/R/F1."""
    from .evaluate import run
    from .evaluate_tables import evaluation_tables
    from .pipeline import Pipeline

    if half not in ("all", "even", "odd"):
        raise GeographError(f"unknown half {half!r}; choose all, even or odd")
    settings = _settings(config, model=model, coding=coding)
    result = run(gold, fmt, Pipeline(settings), half=half, why=why)
    for table in evaluation_tables(result, gold.name, misses):
        out.print(table)
    if json_out is not None:
        json_out.write_text(json.dumps(result.to_json(), indent=2) + "\n", encoding="utf-8")
        err.print(f"wrote {json_out}")


@app.command()
def serve(
    store: StoreOpt = None,
    bind: Annotated[
        str, typer.Option("--bind", help="HOST:PORT to listen on (default: this machine only).")
    ] = "127.0.0.1:7878",
    cors: Annotated[
        bool, typer.Option("--cors", help="Allow browser pages elsewhere (YASGUI) to query.")
    ] = False,
    timeout: Annotated[
        float | None, typer.Option("--timeout", help="Seconds a query may run.")
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """Serve the embedded store read-only over SPARQL (Oxigraph's server) until Ctrl-C."""
    from .server import serve as run

    settings = _settings(config, store=store)

    def ready(url: str) -> None:
        err.print(f"serving {settings.store} read-only: SPARQL endpoint {url} (Ctrl-C stops it)")

    run(settings, bind=bind, cors=cors, timeout=timeout, on_ready=ready)
    err.print("stopped")


@app.command()
def version() -> None:
    """Print the version."""
    out.print(__version__)


def _usage_errors() -> tuple[type[Exception], ...]:
    """Click's usage errors: Typer 0.2x carries its own copy of Click, older
    versions use Click itself; either may raise them."""
    import importlib

    found: list[type[Exception]] = []
    for module in ("click.exceptions", "typer._click.exceptions"):
        try:
            found.append(importlib.import_module(module).ClickException)
        except (ImportError, AttributeError):
            continue
    return tuple(found)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app, turning every error into one line and an exit code."""
    try:
        # Outside standalone mode Click returns a typer.Exit's code instead of exiting.
        code = app(args=argv, standalone_mode=False, prog_name="geograph")
        if isinstance(code, int) and code:
            sys.exit(code)
    except GeographError as exc:
        err.print(f"[red]error:[/] {_one_line(str(exc))}", markup=True)
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        err.print("aborted")
        sys.exit(130)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - the user gets one line, never a traceback
        if isinstance(exc, _usage_errors()):
            # One line, like every other error: what is wrong and where help is.
            ctx = getattr(exc, "ctx", None)
            hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
            message = exc.format_message()  # type: ignore[attr-defined]
            err.print(f"[red]error:[/] {_one_line(message + hint)}", markup=True)
            sys.exit(exc.exit_code)  # type: ignore[attr-defined]
        if os.environ.get("GEOGRAPH_DEBUG"):
            raise
        err.print(
            f"[red]internal error:[/] {_one_line(repr(exc))} (set GEOGRAPH_DEBUG=1 for details)",
            markup=True,
        )
        sys.exit(70)
