"""Gunicorn settings for production: gunicorn -c gunicorn.conf.py "app:create_app()".

Chosen by measurement on a two-core machine (see the README, "Production"): one synchronous worker
per core served the most requests per second, ahead of two gthread workers of two threads and of
more workers. Put a reverse proxy in front (it buffers slow clients). Every value can be
overridden by the environment."""
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count()))
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "sync")
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))       # a request slower than this is killed
graceful_timeout = 20
keepalive = 5                                                # behind a reverse proxy that keeps connections
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))  # recycle workers now and then
max_requests_jitter = 500
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None    # "-" for stdout
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
