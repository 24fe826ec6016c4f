"""Signing PDFs with pyHanko, from a PKCS#12 file (a key and its certificate).

The passphrase comes from the environment variable the config names (by default
BRIEFGEN_SIGNING_PASSPHRASE) or from the config itself; it is held as a secret and never
appears in a message, a log line or an output.
"""

from __future__ import annotations

import io
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign import signers
from pyhanko.sign.general import SigningError

from briefgen.errors import ConfigError, RenderError
from briefgen.model.config import Signing

log = logging.getLogger(__name__)
FIELD_NAME = "briefgen-signature"


@dataclass(frozen=True)
class PdfSigner:
    signer: signers.SimpleSigner
    signing: Signing

    @property
    def signed_by(self) -> str:
        """Who signs: the certificate's subject, as a PDF reader shows it."""
        certificate = self.signer.signing_cert
        return str(certificate.subject.human_friendly) if certificate is not None else ""

    def sign(self, pdf: bytes) -> bytes:
        meta = signers.PdfSignatureMetadata(
            field_name=FIELD_NAME,
            md_algorithm="sha256",
            reason=self.signing.reason,
            location=self.signing.location,
        )
        try:
            writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
            out = signers.PdfSigner(meta, signer=self.signer).sign_pdf(writer)
        except (PdfError, SigningError, ValueError) as exc:
            raise RenderError(f"cannot sign the PDF: {exc}") from exc
        return bytes(out.getbuffer())


def load_signer(signing: Signing, root: Path) -> PdfSigner:
    """The signer a project's `signing:` names; ConfigError (naming the file) when the file is
    missing or the passphrase does not open it."""
    path = (root / signing.pkcs12).resolve()
    if not path.is_file():
        raise ConfigError("signing.pkcs12: no such PKCS#12 file", path)
    passphrase = os.environ.get(signing.passphrase_env)
    if passphrase is None and signing.passphrase is not None:
        passphrase = signing.passphrase.get_secret_value()
    secret = passphrase.encode("utf-8") if passphrase is not None else None
    try:
        # Opened first with cryptography, which says what is wrong in an exception; pyHanko
        # would log a traceback of its own before giving up.
        pkcs12.load_key_and_certificates(path.read_bytes(), secret)
    except (ValueError, TypeError, OSError):
        signer = None
    else:
        signer = signers.SimpleSigner.load_pkcs12(str(path), passphrase=secret)  # type: ignore[no-untyped-call]
    if signer is None or signer.signing_cert is None:
        hint = f"is {signing.passphrase_env} set to its passphrase?"
        raise ConfigError(f"cannot open the PKCS#12 file ({hint})", path)
    result = PdfSigner(signer, signing)
    log.info("signing PDFs as %s", result.signed_by)
    return result
