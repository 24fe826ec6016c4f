"""Distribution: traced copies per recipient, signing, and sending them (issue 14).

One project is built once, with three recipients at two audiences and a throwaway signing key;
each test that sends works on a copy of it, through a real SMTP server on localhost (aiosmtpd).
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import email
import hashlib
import io
import ipaddress
import json
import os
import re
import shutil
import socket
import ssl
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pypdf
import pytest
import weasyprint
import yaml
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.keys import load_cert_from_pemder
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from briefgen.distribute.copies import (
    Copy,
    Manifest,
    copy_id_of,
    keep_sent,
    manifest_files,
)
from briefgen.distribute.send import send
from briefgen.errors import ConfigError, SendError
from briefgen.read.project import load
from tests.conftest import copy_example_project, run_briefgen, set_config

PASSPHRASE = "correct horse battery"
RECIPIENTS = [
    {"name": "Jane Doe", "audience": "executive", "email": "jane@example.org",
     "organisation": "Ministry"},
    {"name": "Łukasz Żółw", "audience": "executive", "email": "lukasz@example.org"},
    {"name": "Ana Analyst", "audience": "analyst", "email": "ana@example.org"},
]  # fmt: skip


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _self_signed(
    key: rsa.RSAPrivateKey, name: x509.Name, extension: x509.ExtensionType
) -> x509.Certificate:
    """A certificate for `key`, issued by itself, valid a month, with one extension more."""
    now = dt.datetime.now(dt.timezone.utc)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(extension, critical=isinstance(extension, x509.KeyUsage))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )


def _throwaway_key(folder: Path) -> Path:
    """A self-signed certificate and its key in a PKCS#12 file; the certificate as PEM."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "Analysis Desk"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Example Agency"),
        ]
    )
    usage = x509.KeyUsage(True, True, False, False, False, True, False, False, False)
    certificate = _self_signed(key, name, usage)
    encryption = serialization.BestAvailableEncryption(PASSPHRASE.encode())
    bundle = pkcs12.serialize_key_and_certificates(b"desk", key, certificate, None, encryption)
    (folder / "desk.p12").write_bytes(bundle)
    (folder / "desk.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return folder / "desk.p12"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_example_project(tmp_path_factory.mktemp("distribute") / "desk")
    _throwaway_key(project)
    mail = {"host": "127.0.0.1", "port": 2525, "security": "none", "sender": "Desk <d@x.org>"}
    set_config(project, recipients=RECIPIENTS, signing={"pkcs12": "desk.p12"}, mail=mail)
    os.environ["BRIEFGEN_SIGNING_PASSPHRASE"] = PASSPHRASE
    try:
        result = run_briefgen("build", "-q", cwd=project)
    finally:
        del os.environ["BRIEFGEN_SIGNING_PASSPHRASE"]
    assert result.returncode == 0, result.stderr
    return project


@pytest.fixture
def project(built: Path, tmp_path: Path) -> Path:
    """A copy of the built project, to send from."""
    return Path(shutil.copytree(built, tmp_path / "desk"))


def _folder(project: Path) -> Path:
    (folder,) = (project / ".briefgen" / "copies").iterdir()
    return folder


def _manifest(project: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((_folder(project) / "manifest.json").read_text())
    return data


def _text(pdf: Path) -> list[str]:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages).splitlines()


# ---------- copies and manifest ----------


def test_each_recipient_gets_a_copy_that_differs_only_in_its_line(built: Path) -> None:
    copies = _manifest(built)["copies"]
    assert [(c["recipient"], c["audience"], c["copy"]) for c in copies] == [
        ("Jane Doe", "executive", 1),
        ("Łukasz Żółw", "executive", 2),
        ("Ana Analyst", "analyst", 1),
    ]
    jane, lukasz = (_text(_folder(built) / c["file"]) for c in copies[:2])
    changed = [
        line
        for line in difflib.unified_diff(jane, lukasz, lineterm="", n=0)
        if line[:1] in "+-" and line[:3] not in ("+++", "---")
    ]
    assert changed == [
        "-Prepared for Jane Doe (Ministry) · copy 1",
        "+Prepared for Łukasz Żółw · copy 2",
    ]
    audience = _text(built / "out" / "executive" / "briefing.pdf")
    assert [line for line in jane if line not in audience] == [changed[0][1:]]


def test_the_manifest_names_each_copy_by_id_and_hash(built: Path) -> None:
    folder = _folder(built)
    copies = _manifest(built)["copies"]
    assert len({c["copy_id"] for c in copies}) == 3
    for copy in copies:
        pdf = (folder / copy["file"]).read_bytes()
        assert hashlib.sha256(pdf).hexdigest() == copy["sha256"]
        assert copy_id_of(pdf) == copy["copy_id"]
        assert copy["marking"] == "TLP:AMBER" and copy["signed"] is True
    rows = list(csv.DictReader(io.StringIO((folder / "manifest.csv").read_text())))
    assert [r["sha256"] for r in rows] == [c["sha256"] for c in copies]
    assert rows[1]["recipient"] == "Łukasz Żółw" and rows[0]["organisation"] == "Ministry"


def test_copies_and_manifest_stay_out_of_the_published_folder(built: Path) -> None:
    published = [p.name for p in (built / "out").rglob("*")]
    assert not any("copy" in name or name.startswith("manifest.") for name in published)
    assert _folder(built).is_relative_to(built / ".briefgen")


def test_a_spreadsheet_formula_in_a_name_is_written_as_text() -> None:
    copy = Copy("=HYPERLINK(1)", "a@b.org", None, "press", "TLP:CLEAR", 1, "id", "f", "", False)
    text = manifest_files(Manifest("2025-01-01", "T", (copy,)))["manifest.csv"].decode()
    assert "\n'=HYPERLINK(1)," in text


@pytest.mark.parametrize(
    ("name", "printed"),
    [
        ("Иван Петров", "Иван Петров"),  # the line's font has Cyrillic
        ("Νίκος Παππάς", "Νίκος Παππάς"),
        ("王小明", "wang@example.org"),  # no Chinese in it: the address stands in
        ("محمد علي", "wang@example.org"),  # right to left would come out scrambled
    ],
)
def test_a_name_is_printed_as_written_where_the_lines_font_can_spell_it(
    name: str, printed: str
) -> None:
    from briefgen.distribute.copies import mark_copy

    copy = Copy(name, "wang@example.org", None, "press", "TLP:CLEAR", 3, "i", "f", "", False)
    assert copy.line == f"Prepared for {printed} · copy 3"
    html = "<html><body><p>One page.</p><p>Another.</p></body></html>"
    pages = weasyprint.HTML(string=html).write_pdf()
    marked = pypdf.PdfReader(io.BytesIO(mark_copy(pages, copy)))
    assert copy.line in marked.pages[0].extract_text()  # the embedded subset maps back to text


def test_a_rebuild_keeps_what_was_sent_of_an_unchanged_copy() -> None:
    sent = Copy("A", "a@b.org", None, "press", "TLP:CLEAR", 1, "same", "f", "1", True, "t", "<m>")
    fresh = Copy("A", "a@b.org", None, "press", "TLP:CLEAR", 1, "same", "f", "2", True)
    other = Copy("A", "a@b.org", None, "press", "TLP:CLEAR", 1, "new", "f", "3", True)
    kept = keep_sent([fresh, other], Manifest("d", "T", (sent,)))
    assert [(c.sent_at, c.message_id) for c in kept] == [("t", "<m>"), (None, None)]


# ---------- signing ----------


def test_every_pdf_is_signed_and_validates(built: Path) -> None:
    trust = ValidationContext(trust_roots=[load_cert_from_pemder(str(built / "desk.pem"))])
    pdfs = [_folder(built) / c["file"] for c in _manifest(built)["copies"]]
    pdfs += [built / "out" / name / "briefing.pdf" for name in ("executive", "press", "analyst")]
    for pdf in pdfs:
        (signature,) = PdfFileReader(io.BytesIO(pdf.read_bytes())).embedded_signatures
        status = validate_pdf_signature(signature, trust)
        assert status.bottom_line, pdf
        assert "Analysis Desk" in status.signing_cert.subject.human_friendly


def test_a_wrong_passphrase_stops_the_build_naming_the_file(project: Path) -> None:
    (project / ".briefgen" / "build-stamp").unlink()  # something to build
    os.environ["BRIEFGEN_SIGNING_PASSPHRASE"] = "not it"
    try:
        result = run_briefgen("build", "-q", cwd=project)
    finally:
        del os.environ["BRIEFGEN_SIGNING_PASSPHRASE"]
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert "desk.p12" in line and "BRIEFGEN_SIGNING_PASSPHRASE" in line and "not it" not in line


# ---------- sending ----------


class Relay:
    """An SMTP server on localhost that keeps what it is given, refusing the messages to the
    addresses in `refuse`."""

    def __init__(self, refuse: tuple[str, ...] = ()) -> None:
        self.received: list[EmailMessage] = []
        self.refuse = refuse

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if any(address in self.refuse for address in envelope.rcpt_tos):
            return "451 try again later"
        parsed = email.message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        self.received.append(parsed)
        return "250 OK"


@pytest.fixture
def relay(project: Path) -> Iterator[Relay]:
    port = _free_port()
    mail = {"host": "127.0.0.1", "port": port, "security": "none", "sender": "Desk <d@x.org>"}
    set_config(project, mail=mail)
    handler = Relay()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler
    finally:
        controller.stop()


def _parts(message: EmailMessage) -> dict[str, list[EmailMessage]]:
    found: dict[str, list[EmailMessage]] = {}
    for part in message.walk():
        assert isinstance(part, EmailMessage)
        found.setdefault(part.get_content_type(), []).append(part)
    return found


def _check_message(message: EmailMessage, copy: dict[str, Any]) -> None:
    assert message["Subject"].startswith("TLP:AMBER ")
    assert copy["email"] in message["To"]
    parts = _parts(message)
    plain = parts["text/plain"][0].get_content()
    assert plain.splitlines()[0] == "TLP:AMBER"
    html = parts["text/html"][0].get_content()
    body = html[html.index("<body") :]
    assert body.index("TLP:AMBER") < body.index("<header")  # the label before the information
    assert "<svg" not in html and "<style" not in body
    (attachment,) = parts["application/pdf"]
    pdf = attachment.get_content()
    assert hashlib.sha256(pdf).hexdigest() == copy["sha256"]
    images = {f"<{cid}>" for cid in re.findall(r'src="cid:([\w.-]+)"', html)}
    assert {p["Content-ID"] for p in parts.get("image/png", [])} == images
    if copy["audience"] == "analyst":
        assert images, "the analyst page has charts: the mail carries them as images"


def test_dry_run_writes_messages_that_parse(project: Path) -> None:
    result = run_briefgen("send", "--dry-run", cwd=project)
    assert result.returncode == 0, result.stderr
    copies = _manifest(project)["copies"]
    outbox = next((project / ".briefgen" / "outbox").iterdir())
    for copy in copies:
        raw = (outbox / copy["file"].replace(".pdf", ".eml")).read_bytes()
        message = email.message_from_bytes(raw, policy=policy.default)
        assert isinstance(message, EmailMessage)
        _check_message(message, copy)
    assert all(c["sent_at"] is None for c in _manifest(project)["copies"])


def test_send_delivers_each_copy_once(project: Path, relay: Relay) -> None:
    result = run_briefgen("send", cwd=project)
    assert result.returncode == 0, result.stderr
    copies = _manifest(project)["copies"]
    assert sorted(m["To"].addresses[0].addr_spec for m in relay.received) == sorted(
        c["email"] for c in copies
    )
    for copy in copies:
        (message,) = [m for m in relay.received if copy["email"] in m["To"]]
        _check_message(message, copy)
        assert copy["message_id"] == message["Message-ID"] and copy["sent_at"]
    again = run_briefgen("send", cwd=project)
    assert again.returncode == 0 and again.stdout.count("already sent") == 3
    assert len(relay.received) == 3


def test_a_send_cut_short_resumes_without_a_second_copy(project: Path, relay: Relay) -> None:
    relay.refuse = ("lukasz@example.org",)
    with pytest.raises(SendError, match=r"relay refused the copy for lukasz@example\.org"):
        send(load(project / "config.yaml"), dry_run=False)
    assert [m["To"].addresses[0].addr_spec for m in relay.received] == ["jane@example.org"]
    relay.refuse = ()
    resumed = run_briefgen("send", cwd=project)  # a refused copy did not go: it goes now
    assert resumed.returncode == 0, resumed.stderr
    addresses = [m["To"].addresses[0].addr_spec for m in relay.received]
    assert sorted(addresses) == ["ana@example.org", "jane@example.org", "lukasz@example.org"]


def test_a_copy_that_may_have_gone_is_not_sent_again_unless_asked(
    project: Path, relay: Relay
) -> None:
    path = _folder(project) / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest["copies"][1]["message_id"] = "<cut.short@x.org>"  # asked, never confirmed
    path.write_text(json.dumps(manifest), encoding="utf-8")
    first = run_briefgen("send", cwd=project)
    assert first.returncode == 1 and "--resend-unconfirmed" in first.stderr
    assert "lukasz@example.org" not in [m["To"].addresses[0].addr_spec for m in relay.received]
    again = run_briefgen("send", "--resend-unconfirmed", cwd=project)
    assert again.returncode == 0, again.stderr
    addresses = [m["To"].addresses[0].addr_spec for m in relay.received]
    assert sorted(addresses) == ["ana@example.org", "jane@example.org", "lukasz@example.org"]


def test_a_copy_above_the_readers_ceiling_is_never_sent(project: Path, relay: Relay) -> None:
    config = yaml.safe_load((project / "config.yaml").read_text())
    config["audiences"]["executive"]["tlp"] = "CLEAR"  # lowered after the AMBER build
    (project / "config.yaml").write_text(yaml.safe_dump(config, allow_unicode=True))
    result = run_briefgen("send", cwd=project)
    assert result.returncode == 1
    assert result.stderr.count("refused:") == 2 and "above the executive ceiling" in result.stderr
    assert [m["To"].addresses[0].addr_spec for m in relay.received] == ["ana@example.org"]


def test_a_copy_changed_after_the_build_is_not_sent(project: Path, relay: Relay) -> None:
    copy = _manifest(project)["copies"][0]
    (_folder(project) / copy["file"]).write_bytes(b"%PDF-1.7 something else")
    result = run_briefgen("send", cwd=project)
    assert result.returncode == 1 and "SHA-256" in result.stderr
    assert copy["email"] not in [m["To"].addresses[0].addr_spec for m in relay.received]


def _relay_certificate(folder: Path) -> ssl.SSLContext:
    """A TLS context for a relay on 127.0.0.1 whose self-signed certificate is `relay.pem`."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    certificate = _self_signed(key, name, x509.SubjectAlternativeName(names))
    (folder / "relay.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    (folder / "relay.key").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(folder / "relay.pem", folder / "relay.key")
    return context


def _login(server: Any, session: Any, envelope: Any, mechanism: str, auth: Any) -> AuthResult:
    good = auth.login == b"desk" and auth.password == b"relay secret"
    return AuthResult(success=good)


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_send_over_tls_with_a_login(project: Path, security: str) -> None:
    context = _relay_certificate(project)
    port = _free_port()
    handler = Relay()
    settings: dict[str, Any] = {"auth_required": True, "authenticator": _login}
    if security == "starttls":
        settings.update(tls_context=context, require_starttls=True)
    else:  # TLS from the first byte; aiosmtpd cannot tell, so it is told AUTH is safe
        settings.update(ssl_context=context, auth_require_tls=False)
    controller = Controller(handler, hostname="127.0.0.1", port=port, **settings)
    mail = {"host": "127.0.0.1", "port": port, "security": security, "user": "desk",
            "sender": "Desk <d@x.org>", "ca_file": "relay.pem"}  # fmt: skip
    set_config(project, mail=mail)
    controller.start()
    try:
        os.environ["BRIEFGEN_SMTP_PASSWORD"] = "not it"
        refused = run_briefgen("send", cwd=project)
        os.environ["BRIEFGEN_SMTP_PASSWORD"] = "relay secret"
        result = run_briefgen("send", cwd=project)
    finally:
        del os.environ["BRIEFGEN_SMTP_PASSWORD"]
        controller.stop()
    assert refused.returncode == 1 and "not it" not in refused.stderr
    assert result.returncode == 0, result.stderr
    assert len(handler.received) == 3


def test_a_relay_whose_certificate_is_not_trusted_gets_nothing(project: Path) -> None:
    context = _relay_certificate(project)
    port = _free_port()
    handler = Relay()
    controller = Controller(
        handler, hostname="127.0.0.1", port=port, tls_context=context, require_starttls=True
    )
    mail = {"host": "127.0.0.1", "port": port, "sender": "Desk <d@x.org>"}  # no ca_file
    set_config(project, mail=mail)
    controller.start()
    try:
        result = run_briefgen("send", cwd=project)
    finally:
        controller.stop()
    assert result.returncode == 1 and "CERTIFICATE_VERIFY_FAILED" in result.stderr
    assert handler.received == []


# ---------- configuration ----------


@pytest.mark.parametrize(
    ("recipients", "message"),
    [
        ([{"name": "A", "audience": "nobody", "email": "a@b.org"}], "no audience 'nobody'"),
        ([{"name": "A", "audience": "press", "email": "not-an-address"}], "not an e-mail"),
        ([{"name": "A\nBcc: x@y.org", "audience": "press", "email": "a@b.org"}], "one line"),
    ],
)
def test_a_bad_recipient_is_a_config_error_with_its_line(
    tmp_path: Path, recipients: list[dict[str, str]], message: str
) -> None:
    project = copy_example_project(tmp_path / "desk")
    set_config(project, recipients=recipients)
    with pytest.raises(ConfigError) as caught:
        load(project / "config.yaml")
    assert message in str(caught.value)
    assert "config.yaml:" in str(caught.value).splitlines()[0]


def test_the_state_folder_cannot_sit_in_the_published_one(tmp_path: Path) -> None:
    project = copy_example_project(tmp_path / "desk")
    set_config(project, state="out/private")
    with pytest.raises(ConfigError, match="must not overlap"):
        load(project / "config.yaml")


def test_quiet_send_says_only_what_went_wrong(project: Path) -> None:
    result = run_briefgen("send", "--dry-run", "-q", cwd=project)
    assert result.returncode == 0 and result.stdout == "" and result.stderr == ""
