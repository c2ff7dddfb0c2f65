"""How many gunicorn workers, of which class? Measures /healthz, a member's board and a visitor's
board under each configuration, on SQLite and PostgreSQL (1,000 contributions).

    python -m bench.workers        (report in artifacts/bench/workers.md)
"""
import json
import sys

from . import dataset, run

CONFIGS = [("sync", 2, 1), ("sync", 3, 1), ("sync", 4, 1), ("gthread", 2, 2), ("gthread", 2, 4), ("gthread", 3, 4)]
PAGES = {("healthz", "visitor"), ("mission board, tendance", "member"), ("mission board, tendance", "visitor")}


def main() -> int:
    pages = [p for p in run.PAGES if (p.name, p.who) in PAGES]
    lines = ["# gunicorn workers", "", "Requests per second (median of 3 runs of 4 s, wrk 2 threads, 8 connections).", "",
             "| database | worker class | workers | threads | /healthz | board (member) | board (visitor) |",
             "|---|---|---|---|---|---|---|"]
    results = []
    for database in ("sqlite", "postgresql"):
        for worker_class, workers, threads in CONFIGS:
            url = (dataset.sqlite_working_copy(1000, run.OUT / "work") if database == "sqlite"
                   else dataset.postgres_working_copy(run.PG_ADMIN_URL, 1000))
            env = {"GUNICORN_WORKER_CLASS": worker_class, "WEB_CONCURRENCY": str(workers),
                   "GUNICORN_THREADS": str(threads)}
            server = run.Server(url, run.OUT / "work" / "workers", env)
            try:
                values, visitors = run.context_for(url, server.base)
                rps = [run.measure(p, values, visitors, server.base, 4, 3, 8)["rps"] for p in pages]
            finally:
                server.stop()
            results.append({"database": database, "class": worker_class, "workers": workers, "threads": threads,
                            "rps": rps})
            lines.append(f"| {database} | {worker_class} | {workers} | {threads} | " + " | ".join(f"{r:.0f}" for r in rps) + " |")
            print(lines[-1], flush=True)
    run.OUT.mkdir(parents=True, exist_ok=True)
    (run.OUT / "workers.md").write_text("\n".join(lines) + "\n")
    (run.OUT / "workers.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
