"""app/storage.py: the same behaviour from the local folder and from S3 (moto in server mode)."""
import io
import os
import re
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest
from flask import Flask

from app import storage
from app.storage import CHUNK_SIZE, LocalStorage, NotFound, S3Storage, Storage, from_config, new_key

CREDENTIALS = {"STORAGE_S3_ACCESS_KEY_ID": "testing", "STORAGE_S3_SECRET_ACCESS_KEY": "testing",
               "STORAGE_S3_REGION": "us-east-1"}
BAD_KEYS = ["../etc/passwd", "a/../b", "reports/..", "./a", "/abs", "a//b", "a/", "", "a b",
            "%2e%2e/x", "a\x00b", "a\nb", "é", "a\\b", "x" * 201]


class Clock:
    """time.time(), moved forward by offset seconds."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset


class OnlyRead:
    """A stream that cannot seek, as a request body may be."""

    def __init__(self, data: bytes):
        self.stream = io.BytesIO(data)

    def read(self, size: int = -1) -> bytes:
        return self.stream.read(size)


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    try:
        from moto.server import ThreadedMotoServer
    except ImportError as error:
        pytest.fail(f"moto[server] is needed for the S3 storage tests: {error}")
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    starter = threading.Thread(target=server.start, daemon=True)
    starter.start()
    starter.join(10)
    if starter.is_alive() or server._server is None:
        pytest.fail("the moto S3 server did not start on 127.0.0.1 within 10 s")
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture(scope="module")
def s3_admin(s3_endpoint):
    return boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1", aws_access_key_id="testing",
                        aws_secret_access_key="testing")


@pytest.fixture
def bucket(s3_admin) -> str:
    name = f"concerto-{uuid.uuid4().hex[:12]}"
    s3_admin.create_bucket(Bucket=name)
    return name


@pytest.fixture(scope="module")
def shared_s3(s3_endpoint) -> S3Storage:
    """One client for the behaviour tests: building a boto3 client takes a fifth of a second."""
    return S3Storage("unset", prefix="concerto", endpoint_url=s3_endpoint, region="us-east-1",
                     access_key_id="testing", secret_access_key="testing")


def s3_config(endpoint: str, bucket: str, **more: str) -> dict:
    return {"STORAGE_S3_BUCKET": bucket, "STORAGE_S3_ENDPOINT_URL": endpoint, **CREDENTIALS, **more}


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(params=["local", "s3"])
def store(request, tmp_path: Path, clock: Clock) -> Storage:
    if request.param == "local":
        return LocalStorage(tmp_path / "files", clock=clock)
    s3 = request.getfixturevalue("shared_s3")
    s3.bucket, s3.clock = request.getfixturevalue("bucket"), clock
    return s3


def test_both_backends_follow_the_protocol(store):
    assert isinstance(store, Storage)


def test_put_then_open_gives_the_same_bytes_in_chunks(store):
    payload = os.urandom(3 * 1024 * 1024 + 123)
    key = new_key("reports", ".pdf")
    assert store.put(key, io.BytesIO(payload)) == len(payload)
    chunks = list(store.open(key))
    assert len(chunks) > 1 and all(0 < len(chunk) <= CHUNK_SIZE for chunk in chunks)
    assert b"".join(chunks) == payload
    assert store.size(key) == len(payload)


def test_put_reads_a_stream_that_cannot_seek_from_where_it_is(store):
    payload = os.urandom(200_000)
    assert store.put("imports/a.xlsx", OnlyRead(payload)) == len(payload)
    assert b"".join(store.open("imports/a.xlsx")) == payload
    seekable = io.BytesIO(b"headerbody")
    seekable.seek(6)
    assert store.put("imports/b.txt", seekable) == 4
    assert b"".join(store.open("imports/b.txt")) == b"body"


def test_put_replaces_and_empty_files_are_files(store):
    store.put("reports/a.txt", io.BytesIO(b"first version"))
    store.put("reports/a.txt", io.BytesIO(b"second"))
    assert b"".join(store.open("reports/a.txt")) == b"second"
    assert store.put("reports/empty", io.BytesIO(b"")) == 0
    assert store.size("reports/empty") == 0 and b"".join(store.open("reports/empty")) == b""


def test_delete_and_missing_keys(store):
    store.put("reports/a.txt", io.BytesIO(b"hello"))
    store.delete("reports/a.txt")
    store.delete("reports/a.txt")
    store.delete("never/was/here.pdf")
    with pytest.raises(NotFound):
        store.open("reports/a.txt")  # at once, before the first chunk is asked for
    with pytest.raises(NotFound):
        store.size("reports/a.txt")
    with pytest.raises(NotFound):
        store.open("reports")  # a folder of the local backend is no object


@pytest.mark.parametrize("key", BAD_KEYS)
def test_unsafe_keys_are_refused(store, key):
    for action in (lambda: store.put(key, io.BytesIO(b"x")), lambda: store.open(key),
                   lambda: store.size(key), lambda: store.delete(key),
                   lambda: store.delete_older_than(key, 0)):
        with pytest.raises(ValueError):
            action()


def test_delete_older_than_removes_only_old_objects_under_the_prefix(store, clock):
    for key in ("imports/a.csv", "imports/sub/b.csv", "imports-old/c.csv", "reports/d.pdf"):
        store.put(key, io.BytesIO(b"data"))
    assert store.delete_older_than("imports", 3600) == 0
    clock.offset = 7200
    assert store.delete_older_than("imports", 3600) == 2
    assert store.delete_older_than("imports", 3600) == 0
    for key in ("imports/a.csv", "imports/sub/b.csv"):
        with pytest.raises(NotFound):
            store.size(key)
    assert store.size("imports-old/c.csv") == store.size("reports/d.pdf") == 4
    assert store.delete_older_than("nothing/here", 0) == 0


def test_local_delete_older_than_compares_modification_times(tmp_path):
    local = LocalStorage(tmp_path)
    local.put("imports/old.csv", io.BytesIO(b"old"))
    local.put("imports/new.csv", io.BytesIO(b"new"))
    two_hours_ago = time.time() - 7200
    os.utime(tmp_path / "imports/old.csv", (two_hours_ago, two_hours_ago))
    assert local.delete_older_than("imports", 3600) == 1
    assert not (tmp_path / "imports/old.csv").exists() and local.size("imports/new.csv") == 3


def test_local_writes_are_private_and_atomic(tmp_path):
    local = LocalStorage(tmp_path / "uploads")
    local.put("reports/2026/a.pdf", io.BytesIO(b"complete"))
    path = tmp_path / "uploads/reports/2026/a.pdf"
    assert path.stat().st_mode & 0o777 == 0o600

    class Broken(io.BytesIO):
        def read(self, size: int = -1) -> bytes:
            if self.tell() >= CHUNK_SIZE:
                raise OSError("connection lost")
            return super().read(size)

    with pytest.raises(OSError, match="connection lost"):
        local.put("reports/2026/a.pdf", Broken(os.urandom(3 * CHUNK_SIZE)))
    assert path.read_bytes() == b"complete"
    assert os.listdir(path.parent) == ["a.pdf"]


def test_local_paths_stay_inside_the_root(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_bytes(b"secret")
    root = tmp_path / "root"
    root.mkdir()
    (root / "link").symlink_to(outside)
    local = LocalStorage(root)
    for action in (lambda: local.open("link/secret.txt"), lambda: local.put("link/x", io.BytesIO(b"x")),
                   lambda: local.delete("link/secret.txt"), lambda: local.delete_older_than("link", 0)):
        with pytest.raises(ValueError):
            action()
    assert (outside / "secret.txt").exists() and not (outside / "x").exists()


def test_s3_delete_older_than_follows_the_pages(s3_endpoint, bucket):
    s3 = from_config(s3_config(s3_endpoint, bucket), "/unused")
    s3.list_page_size = 2
    for n in range(5):
        s3.put(f"imports/{n}.csv", io.BytesIO(b"x"))
    s3.clock = lambda: time.time() + 7200
    assert s3.delete_older_than("imports", 3600) == 5


def test_two_app_servers_share_the_files_of_one_bucket(s3_endpoint, bucket):
    config = s3_config(s3_endpoint, bucket, STORAGE_S3_PREFIX="concerto/")
    first, second = from_config(config, "/srv/a/instance"), from_config(config, "/srv/b/instance")
    assert first is not second
    key = new_key("reports", ".pptx")
    first.put(key, io.BytesIO(b"slides"))
    assert b"".join(second.open(key)) == b"slides" and second.size(key) == 6
    second.delete(key)
    with pytest.raises(NotFound):
        first.size(key)


def test_the_s3_prefix_keeps_installations_apart(s3_endpoint, s3_admin, bucket):
    one = from_config(s3_config(s3_endpoint, bucket, STORAGE_S3_PREFIX="one"), "/unused")
    two = from_config(s3_config(s3_endpoint, bucket, STORAGE_S3_PREFIX="two"), "/unused")
    one.put("reports/a.pdf", io.BytesIO(b"one"))
    with pytest.raises(NotFound):
        two.size("reports/a.pdf")
    listed = s3_admin.list_objects_v2(Bucket=bucket)["Contents"]
    assert [item["Key"] for item in listed] == ["one/reports/a.pdf"]


def test_from_config_chooses_the_backend_from_the_settings(tmp_path, s3_endpoint):
    default = from_config({"STORAGE_PATH": None, "STORAGE_S3_BUCKET": None}, str(tmp_path))
    assert isinstance(default, LocalStorage) and default.root == (tmp_path / "uploads").resolve()
    chosen = from_config({"STORAGE_PATH": str(tmp_path / "files")}, str(tmp_path))
    assert isinstance(chosen, LocalStorage) and chosen.root == (tmp_path / "files").resolve()
    s3 = from_config(s3_config(s3_endpoint, "shared", STORAGE_S3_PREFIX="concerto"), str(tmp_path))
    assert isinstance(s3, S3Storage) and (s3.bucket, s3.prefix) == ("shared", "concerto/")
    assert s3.client.meta.endpoint_url == s3_endpoint


def test_init_app_and_current(tmp_path):
    app = Flask(__name__, instance_path=str(tmp_path))
    storage.init_app(app)
    with app.app_context():
        assert storage.current() is app.extensions["storage"]
        assert storage.current().root == (tmp_path / "uploads").resolve()


def test_boto3_is_imported_only_when_s3_is_configured():
    code = ("import sys; from app.storage import from_config; from_config({}, '/tmp');"
            "assert 'boto3' not in sys.modules and 'botocore' not in sys.modules, 'boto3 imported'")
    result = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parents[1], capture_output=True,
                            text=True, timeout=30)
    assert result.returncode == 0, result.stderr


def test_new_key_is_generated_never_derived_from_user_text():
    first, second = new_key("reports", ".pdf"), new_key("reports", ".pdf")
    assert first != second
    assert re.fullmatch(r"reports/[0-9a-f]{32}\.pdf", first)
    assert re.fullmatch(r"imports/pending/[0-9a-f]{32}", new_key("imports/pending"))
    for extension in ("pdf", "../x", ".p df", ".pdf/..", ".a\x00", "." + "x" * 11):
        with pytest.raises(ValueError):
            new_key("reports", extension)
    for prefix in ("../reports", "/reports", "", "rapport de Gérard"):
        with pytest.raises(ValueError):
            new_key(prefix)


def test_an_attachment_sent_to_one_app_server_is_downloaded_from_another(make_app, s3_endpoint, bucket, s3_admin):
    """With S3 configured, the attachments of reports live in the bucket: any server of the
    installation serves them, and nothing is written to a server's own folder."""
    from app.extensions import db
    from app.models import Attachment

    from . import factories

    settings = s3_config(s3_endpoint, bucket)
    first, second = make_app(**settings), make_app(**settings)
    pdf = b"%PDF-1.4\n% slides of the workshop\n%%EOF\n"
    with first.app_context():
        s = factories.scene()
        email, report_id = s.facilitator.email, s.report.id
    sender = first.test_client()
    sender.post("/compte/connexion", data={"email": email, "password": factories.PASSWORD})
    sent = sender.post(f"/c/assises/documents/{report_id}/pieces-jointes", content_type="multipart/form-data",
                       data={"file": (io.BytesIO(pdf), "slides-s3.pdf")})
    assert sent.status_code == 302
    with first.app_context():
        item = db.session.scalar(db.select(Attachment).where(Attachment.filename == "slides-s3.pdf",
                                                             Attachment.report_id == report_id))
        key, attachment_id = item.storage_key, item.id
    assert s3_admin.get_object(Bucket=bucket, Key=key)["Body"].read() == pdf
    reader = second.test_client()
    download = reader.get(f"/c/assises/documents/{report_id}/pieces-jointes/{attachment_id}/slides-s3.pdf")
    assert download.status_code == 200 and download.get_data() == pdf
    assert not (Path(first.instance_path) / "uploads" / key).exists()
