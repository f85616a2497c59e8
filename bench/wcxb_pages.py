"""What the bench scripts share: fold text for matching, name WCXB pages, unzip them, run one `verbatim` command."""
import gzip
import os
import re
import subprocess
import sys
import tempfile
import time

MARKS = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"',
                       "\u00bb": '"', "\u2033": '"', "\u2018": "'", "\u2019": "'", "\u201a": "'",
                       "\u201b": "'", "\u2032": "'", "\u2039": "'", "\u203a": "'", "\u00a0": " "})


def fold(text):
    """Quotation marks and apostrophes to their typewriter forms, whitespace runs to one space, lower case."""
    return re.sub(r"\s+", " ", text.translate(MARKS)).strip().lower()


def page_id(path):
    """The WCXB page id a file path names (`…/0123.html` → `0123`)."""
    return os.path.splitext(os.path.basename(path))[0]


def unzip(pages_dir, ids, folder):
    """Writes each page `<pages_dir>/<id>.html.gz` to `<folder>/<id>.html`."""
    for i in sorted(ids):
        src = os.path.join(pages_dir, f"{i}.html.gz")
        if not os.path.exists(src):
            sys.exit(f"no page {src}")
        with gzip.open(src, "rb") as f, open(os.path.join(folder, f"{i}.html"), "wb") as g:
            g.write(f.read())


def run(binary, command, folder):
    """Runs `verbatim COMMAND FOLDER --format jsonl` once; returns its output lines, exits if it printed nothing."""
    started = time.perf_counter()
    done = subprocess.run([binary, command, folder, "--format", "jsonl"], capture_output=True, text=True)
    sys.stderr.write(f"{command}: {time.perf_counter() - started:.1f} s, exit {done.returncode}\n")
    if done.returncode != 0:  # a batch with failed pages still prints the rest; show why
        sys.stderr.write(done.stderr[-3000:])
    if not done.stdout.strip():
        sys.exit(f"verbatim {command} printed nothing (exit {done.returncode})")
    return done.stdout.splitlines()


def extract(binary, pages_dir, ids, save=None):
    """One `verbatim extract` over the pages `ids` (unzipped to a temporary folder); its JSONL lines,
    also written to `save` when given."""
    with tempfile.TemporaryDirectory() as tmp:
        unzip(pages_dir, ids, tmp)
        lines = run(binary, "extract", tmp)
    if save:
        with open(save, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    return lines


def add_run_options(parser):
    """The options every bench script takes: --bin, --pages, --pred, --save."""
    parser.add_argument("--bin", default=".build/release/verbatim", help="the verbatim binary")
    parser.add_argument("--pages", default="../shared/bench/wcxb/pages", help="folder of <id>.html.gz")
    parser.add_argument("--pred", help="read a saved `verbatim extract --format jsonl` output instead")
    parser.add_argument("--save", help="keep the extract output in this file")


def extracted(args, ids):
    """The extract output lines for `ids`: the saved file --pred names, else a fresh run."""
    if args.pred:
        return open(args.pred, encoding="utf-8").read().splitlines()
    return extract(args.bin, args.pages, ids, args.save)
