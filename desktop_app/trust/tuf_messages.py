"""Turns python-tuf exceptions into one sentence an IT person can act on."""

from __future__ import annotations

from tuf.api import exceptions

from desktop_app.trust.errors import TrustError


def explain(error: Exception, share_file: str = "") -> str:
    """One sentence for `error`; `share_file` (the file read last) is named when known."""
    text = _explain(error)
    if isinstance(error, exceptions.ExpiredMetadataError):
        return text  # names the expired role itself; the file read last may be another one
    return f"{share_file}: {text}" if share_file and share_file not in text else text


def _explain(error: Exception) -> str:
    detail = str(error) or type(error).__name__
    cause = error.__cause__
    if isinstance(error, exceptions.ExpiredMetadataError):
        return (
            f"the signed metadata on the share has expired ({detail}); the data team must "
            "renew it ('models sign REPO --role timestamp --renew') and publish again"
        )
    if isinstance(error, exceptions.BadVersionNumberError):
        return (
            f"the share holds older signed metadata than this laptop already verified "
            f"(rollback refused): {detail}"
        )
    if isinstance(error, exceptions.UnsignedMetadataError):
        return (
            f"signature check failed: {detail} (metadata edited, or signed by an unknown, "
            "revoked or too few keys)"
        )
    if isinstance(error, exceptions.LengthOrHashMismatchError):
        return f"a file on the share does not match its signed length or hash: {detail}"
    if isinstance(error, exceptions.DownloadLengthMismatchError):
        return f"a file on the share is larger than allowed (length cap): {detail}"
    if isinstance(error, exceptions.DownloadHTTPError):
        return f"a file the signed metadata needs is missing from the share: {detail}"
    if isinstance(error, exceptions.DownloadError):
        reason = f" ({cause})" if cause else ""
        return f"could not read from the share: {detail}{reason}"
    if "Multiple signatures found for keyid" in f"{detail} {cause}":
        return (
            "the same key's signature appears more than once (a duplicated signature cannot "
            f"count twice towards a threshold): {detail}"
        )
    if isinstance(error, exceptions.RepositoryError):
        reason = f": {cause}" if cause else ""
        return f"the share's metadata was refused: {detail}{reason}"
    if isinstance(error, TrustError):
        return detail
    return f"{type(error).__name__}: {detail}"
