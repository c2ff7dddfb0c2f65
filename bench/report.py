"""The benchmark's report: a Markdown table per database, the targets met or missed, and an SVG
chart of p95 latency against size for each page."""
import math
from collections import defaultdict
from html import escape
from pathlib import Path

PUBLIC_FOR_VISITORS = {"concertation home", "mission board, tendance", "contribution with comments"}


def _key(m):
    return m["page"], m["who"]


def targets(measures: list[dict]) -> list[tuple[str, bool, str]]:
    """(target, met, detail) for each target of the issue that the measures can judge."""
    result = []
    by = defaultdict(dict)
    for m in measures:
        by[(m["database"], *_key(m))][m["size"]] = m
    sizes = sorted({m["size"] for m in measures})
    for (database, page, who), per_size in sorted(by.items()):
        if page == "healthz":
            continue
        label = f"{database}: {page} ({who})"
        if 10000 in per_size:
            floor = 0.40 if who == "visitor" and page in PUBLIC_FOR_VISITORS else 0.15
            ratio = per_size[10000]["ratio"]
            result.append((f"{label}: at least {floor:.0%} of /healthz at 10,000", ratio >= floor, f"{ratio:.0%}"))
        if sizes[0] in per_size and sizes[-1] in per_size and sizes[-1] > sizes[0]:
            first, last = per_size[sizes[0]]["p95_ms"], per_size[sizes[-1]]["p95_ms"]
            result.append((f"{label}: p95 at {sizes[-1]:,} ≤ 1.5 × p95 at {sizes[0]:,}", last <= 1.5 * first,
                           f"{last:.1f} ms / {first:.1f} ms = {last / first:.2f}"))
        most = max(m["queries"] or 0 for m in per_size.values())
        result.append((f"{label}: at most 12 SQL queries", most <= 12, str(most)))
        if page.startswith("search") and 100000 in per_size:
            p95 = per_size[100000]["p95_ms"]
            result.append((f"{label}: search over 100,000 contributions under 200 ms p95", p95 < 200, f"{p95:.1f} ms"))
    return result


def markdown(data: dict) -> str:
    meta, measures = data["meta"], data["measures"]
    sizes = meta["sizes"]
    lines = ["# Benchmark", "",
             f"{'Smoke run' if meta['smoke'] else 'Full run'}: wrk with {meta['wrk_threads']} threads and "
             f"{meta['connections']} connections, {meta['seconds']} s per measure, median of {meta['repeats']}; "
             f"gunicorn with gunicorn.conf.py; {meta['cpus']} CPUs; {meta['minutes']} minutes in all.", "",
             "Each cell: requests per second · p50 / p95 latency in ms · ratio to /healthz in the same run · "
             "SQL queries per request.", ""]
    for database in sorted({m["database"] for m in measures}):
        lines += [f"## {database}", "", "| page | who | " + " | ".join(f"{s:,}" for s in sizes) + " |",
                  "|---|---|" + "---|" * len(sizes)]
        rows = defaultdict(dict)
        for m in measures:
            if m["database"] == database:
                rows[_key(m)][m["size"]] = m
        for (page, who), per_size in rows.items():
            cells = []
            for size in sizes:
                m = per_size.get(size)
                cells.append("—" if m is None else
                             f"{m['rps']:.0f} · {m['p50_ms']:.1f} / {m['p95_ms']:.1f} · {m['ratio']:.0%}"
                             + (f" · {m['queries']}q" if m["queries"] is not None else ""))
            lines.append(f"| {page} | {who} | " + " | ".join(cells) + " |")
        lines += ["", "Worker memory (RSS, largest worker) after the runs: " + ", ".join(
            f"{size:,}: {meta['worker_rss_mb'].get(f'{database}-{size}', '?')} MB" for size in sizes), ""]
    checks = targets(measures) + [
        (f"{name}: import of a workshop file of {result['post_its']:,} post-its under {data['import_limit_s']} s",
         result["first_s"] < data["import_limit_s"], f"{result['first_s']:.2f} s (the same file again: "
                                                      f"{result['again_s']:.2f} s)")
        for name, result in sorted(data.get("imports", {}).items())] + [
        (f"{name}: an answer to a contribution liked by {result['likers']:,} members under "
         f"{data['fanout_limit_s']} s", result["median_s"] < data["fanout_limit_s"]
         and result["notifications"] >= result["likers"],
         f"{result['median_s']:.3f} s, {result['notifications']:,} notifications written")
        for name, result in sorted(data.get("fanouts", {}).items())]
    if checks:
        met = sum(1 for _, ok, _ in checks if ok)
        lines += ["## Targets", "", f"{met} of {len(checks)} met.", "", "| target | met | measured |", "|---|---|---|"]
        lines += [f"| {name} | {'yes' if ok else '**no**'} | {detail} |" for name, ok, detail in checks]
    for name, result in data.get("scenarios", {}).items():
        lines += ["", f"## {name}", "", "```", result, "```"]
    return "\n".join(lines) + "\n"


COLOURS = ["#0b5d75", "#a3361f", "#1e6b3a", "#7a4b00", "#5b3a99", "#c2185b", "#00796b", "#455a64", "#8d6e63",
           "#3949ab", "#6d4c41", "#2e7d32", "#ad1457", "#0277bd", "#ef6c00", "#4e342e"]


def svg(data: dict) -> str:
    """p95 latency against size, one panel per database, one line per page."""
    measures = data["measures"]
    databases = sorted({m["database"] for m in measures})
    sizes = sorted({m["size"] for m in measures})
    width, panel, top, left = 980, 360, 40, 60
    height = top + panel * len(databases) + 40
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
             '<rect width="100%" height="100%" fill="#fff"/>',
             f'<text x="{left}" y="24" font-size="16" font-weight="bold">p95 latency (ms) against the number of contributions</text>']
    plot_w = 560
    for index, database in enumerate(databases):
        y0 = top + index * panel
        rows = defaultdict(dict)
        for m in measures:
            if m["database"] == database and m["page"] != "healthz":
                rows[_key(m)][m["size"]] = m["p95_ms"]
        ymax = max((v for r in rows.values() for v in r.values()), default=1) * 1.1
        plot_h = panel - 70

        def x(size):
            if len(sizes) == 1:
                return left + plot_w / 2
            lo, hi = math.log10(sizes[0]), math.log10(sizes[-1])
            return left + (math.log10(size) - lo) / (hi - lo) * plot_w

        def y(value):
            return y0 + 20 + plot_h - value / ymax * plot_h

        parts.append(f'<text x="{left}" y="{y0 + 12}" font-weight="bold">{escape(database)}</text>')
        parts.append(f'<line x1="{left}" y1="{y(0)}" x2="{left + plot_w}" y2="{y(0)}" stroke="#888"/>')
        parts.append(f'<line x1="{left}" y1="{y(0)}" x2="{left}" y2="{y(ymax)}" stroke="#888"/>')
        for tick in range(5):
            value = ymax * tick / 4
            parts.append(f'<text x="{left - 6}" y="{y(value) + 4}" text-anchor="end">{value:.0f}</text>')
        for size in sizes:
            parts.append(f'<text x="{x(size)}" y="{y(0) + 16}" text-anchor="middle">{size:,}</text>')
        for n, ((page, who), per_size) in enumerate(sorted(rows.items())):
            colour = COLOURS[n % len(COLOURS)]
            points = " ".join(f"{x(s):.1f},{y(v):.1f}" for s, v in sorted(per_size.items()))
            parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{points}"/>')
            for s, v in per_size.items():
                parts.append(f'<circle cx="{x(s):.1f}" cy="{y(v):.1f}" r="3" fill="{colour}"/>')
            ly = y0 + 24 + n * 14
            parts.append(f'<rect x="{left + plot_w + 20}" y="{ly - 9}" width="10" height="10" fill="{colour}"/>')
            parts.append(f'<text x="{left + plot_w + 36}" y="{ly}">{escape(page)} ({escape(who)})</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def write(data: dict, folder: Path) -> None:
    (folder / "report.md").write_text(markdown(data), encoding="utf-8")
    (folder / "p95.svg").write_text(svg(data), encoding="utf-8")
