"""Default settings. Each can be overridden in instance/config.py, then by the environment.

Environment variables read by create_app():
  DATABASE_URL            SQLAlchemy URL, e.g. postgresql+psycopg://user@host/dbname
  SECRET_KEY              signs sessions, CSRF tokens and reset links
  RATELIMIT_STORAGE_URI   e.g. redis://127.0.0.1:6379/0 (shared between workers)
  CACHE_REDIS_URL         e.g. redis://127.0.0.1:6379/1: cache the public pages for visitors
  CONCERTO_INSTANCE_PATH  another instance folder than instance/ (config.py, SQLite file, outbox)
  FLASK_<NAME>            any other setting below (Flask's prefixed variables), e.g. FLASK_MAIL_SERVER
"""

# Database. None means a SQLite file in the instance folder (see create_app()).
SQLALCHEMY_DATABASE_URI = None
SQLALCHEMY_ENGINE_OPTIONS: dict = {"pool_pre_ping": True}
SQLITE_BUSY_TIMEOUT_MS = 15000

# Sessions and cookies. SESSION_COOKIE_SECURE is turned on when PREFERRED_URL_SCHEME is https.
PREFERRED_URL_SCHEME = "http"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
REMEMBER_COOKIE_HTTPONLY = True
REMEMBER_COOKIE_SAMESITE = "Lax"
REMEMBER_COOKIE_DURATION = 60 * 60 * 24 * 30
PERMANENT_SESSION_LIFETIME = 60 * 60 * 24 * 14

# Forms
WTF_CSRF_TIME_LIMIT = 60 * 60 * 8

# Language and time
BABEL_DEFAULT_LOCALE = "fr"
BABEL_DEFAULT_TIMEZONE = "Europe/Paris"

# Password reset links are valid this many seconds.
PASSWORD_RESET_MAX_AGE = 60 * 60 * 2

# Outgoing mail. Without MAIL_SERVER, messages are written as .eml files to instance/outbox/.
MAIL_SERVER = None
MAIL_PORT = 587
MAIL_USE_TLS = True
MAIL_USERNAME = None
MAIL_PASSWORD = None
MAIL_DEFAULT_SENDER = "Concerto <ne-pas-repondre@concerto.localhost>"

# Rate limits (Flask-Limiter). Use Redis in production so that every worker shares the counts.
RATELIMIT_STORAGE_URI = "memory://"
RATELIMIT_HEADERS_ENABLED = True
RATELIMIT_LOGIN = "10 per minute; 60 per hour"          # per address
RATELIMIT_LOGIN_ACCOUNT = "3 per minute; 10 per hour; 30 per day"  # failed logins per e-mail typed
RATELIMIT_RESET = "5 per minute; 20 per hour"
RATELIMIT_REGISTER = "10 per hour"
RATELIMIT_POST = "10 per minute; 60 per hour"           # contributions, per member
RATELIMIT_COMMENT = "20 per minute; 200 per hour"
RATELIMIT_LIKE = "60 per minute; 600 per hour"
RATELIMIT_JOIN = "30 per minute"

# Under https, cookies are marked Secure (set automatically when PREFERRED_URL_SCHEME is https).
SESSION_COOKIE_SECURE = False
REMEMBER_COOKIE_SECURE = False

# A short shared cache of the public pages for anonymous visitors (Redis only, e.g.
# redis://127.0.0.1:6379/1). Any write empties it at once; CACHE_TTL bounds an entry's life.
CACHE_REDIS_URL = None
CACHE_TTL = 30

# Behind a reverse proxy, how many proxies to trust for X-Forwarded-* headers (0 = none).
PROXY_FIX_X_FOR = 0
PROXY_FIX_X_PROTO = 0

# Who runs this platform: named on the personal data and accessibility pages.
OPERATOR_NAME = "l'office de tourisme qui organise la concertation"
CONTACT_EMAIL = "contact@concerto.localhost"

# Boards
BOARD_PAGE_SIZE = 20
