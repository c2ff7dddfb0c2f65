"""Gunicorn settings for production: gunicorn -c gunicorn.conf.py "app:create_app()".

Chosen by measurement on a two-core machine (python -m bench.workers; the table is in the README,
"Production"): on PostgreSQL, where a request waits for the database server, threaded workers
(one per core plus one, four threads each) served the most; on SQLite, where a request never
waits, one synchronous worker per core. Put a reverse proxy in front (it buffers slow clients).
Every value can be overridden by the environment."""
import multiprocessing
import os

# One worker per core already: numpy's linear algebra (the assistant's vectors) must not start
# threads of its own in each worker, which spin waiting for each other (a themes page fell from
# about 40 to 15 requests per second under load). Set before the application imports numpy.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

from app import configured_database_url  # noqa: E402

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# The database as the application reads it: DATABASE_URL, FLASK_SQLALCHEMY_DATABASE_URI or instance/config.py.
_postgres = configured_database_url().startswith("postgres")
_cores = multiprocessing.cpu_count()
workers = int(os.environ.get("WEB_CONCURRENCY", _cores + 1 if _postgres else _cores))
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "gthread" if _postgres else "sync")
threads = int(os.environ.get("GUNICORN_THREADS", "4" if _postgres else "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))       # a request slower than this is killed
graceful_timeout = 20
keepalive = 5                                                # behind a reverse proxy that keeps connections
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))  # recycle workers now and then
max_requests_jitter = 500
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None    # "-" for stdout
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
