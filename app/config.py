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

# The address of the site as people reach it, for the links of e-mails sent by commands (cron),
# outside any request: https://concertation.example.org in production.
SITE_URL = "http://127.0.0.1:5000"

# Notifications by e-mail: daily digests leave once a day from this hour (local time, see
# BABEL_DEFAULT_TIMEZONE), weekly ones on Monday from this hour.
DIGEST_HOUR = 7

# Rate limits (Flask-Limiter). Use Redis in production so that every worker shares the counts.
# A room shares one address: forty people on a hall's Wi-Fi register, log in and join within minutes
# from one public IP. So the limits per address are high over short windows and stop what a room never
# does over long ones; brute force is held per account (the e-mail typed) and by the failures per
# address. Each value is a Flask-Limiter string ("N per minute; M per day"), read at each request.
RATELIMIT_STORAGE_URI = "memory://"
RATELIMIT_HEADERS_ENABLED = True
RATELIMIT_LOGIN = "300 per 10 minutes"                    # login attempts, per address
RATELIMIT_LOGIN_FAILED = "60 per hour; 200 per day"       # failed logins, per address
RATELIMIT_LOGIN_ACCOUNT = "3 per minute; 10 per hour; 30 per day"  # failed logins per e-mail typed
RATELIMIT_RESET = "20 per 10 minutes; 60 per day"         # reset requests and reset links, per address
RATELIMIT_REGISTER = "120 per 10 minutes; 500 per day"    # registrations, per address
RATELIMIT_POST = "10 per minute; 60 per hour"             # contributions, per member
RATELIMIT_CAPTURE = "120 per minute"                      # post-its typed in the room, per facilitator
RATELIMIT_COMMENT = "20 per minute; 200 per hour"         # per member
RATELIMIT_LIKE = "60 per minute; 600 per hour"            # per member
RATELIMIT_JOIN = "300 per 10 minutes"                     # joining by code or short link, per address
RATELIMIT_GUEST_JOIN = "200 per 10 minutes"               # guests joining a room, per address (a hall: one)
RATELIMIT_DOTS = "120 per minute"                         # dots placed or taken back, per phone

# Under https, cookies are marked Secure (set automatically when PREFERRED_URL_SCHEME is https).
SESSION_COOKIE_SECURE = False
REMEMBER_COOKIE_SECURE = False

# A short shared cache of the public pages for anonymous visitors (Redis only, e.g.
# redis://127.0.0.1:6379/1). Any write empties it at once; CACHE_TTL bounds an entry's life.
CACHE_REDIS_URL = None
CACHE_TTL = 30
# The same Redis keeps the pieces of members' pages that every reader sees alike (the strategy's
# plan, its dashboard) until the next write, at most this long (seconds).
CACHE_FRAGMENT_TTL = 600
# When another worker is rendering a piece that a write emptied, wait for it this long (seconds)
# before rendering it too.
CACHE_FRAGMENT_WAIT = 2.0

# Every Redis key (page cache, rate limits) starts with this prefix, so that several installations
# can share one Redis database. None: "concerto:" and a digest of SECRET_KEY (the servers of one
# installation share their SECRET_KEY, so they share their keys; another installation has its own).
REDIS_KEY_PREFIX = None

# Behind a reverse proxy, how many proxies to trust for X-Forwarded-* headers (0 = none).
PROXY_FIX_X_FOR = 0
PROXY_FIX_X_PROTO = 0

# Who runs this platform: named on the personal data and accessibility pages.
OPERATOR_NAME = "l'office de tourisme qui organise la concertation"
CONTACT_EMAIL = "contact@concerto.localhost"

# Boards
BOARD_PAGE_SIZE = 20

# Files (report attachments, imports waiting for confirmation), see app/storage.py.
# A folder (None: <instance>/uploads), or an S3-compatible bucket when STORAGE_S3_BUCKET is set
# (then every app server shares the same files). FLASK_STORAGE_S3_BUCKET etc. in the environment.
STORAGE_PATH = None
STORAGE_S3_BUCKET = None
STORAGE_S3_PREFIX = ""
STORAGE_S3_ENDPOINT_URL = None        # e.g. http://127.0.0.1:9000 (MinIO, another S3-compatible store)
STORAGE_S3_REGION = None
STORAGE_S3_ACCESS_KEY_ID = None       # None: boto3's own credential chain
STORAGE_S3_SECRET_ACCESS_KEY = None

# Uploads: an attachment is at most this many bytes. A request may be a little larger (the form
# around the file): None sets MAX_CONTENT_LENGTH to the larger of the two limits plus 1 MB.
ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024
IMPORT_MAX_BYTES = 10 * 1024 * 1024   # workshop files and spreadsheets of post-its
MAX_CONTENT_LENGTH = None
