"""The append-only audit log: every suggestion shown, decision, objection, import and export.

Entries are chained: each entry's `hash` is an HMAC-SHA256, under a key kept outside the cache
file, over the previous entry's hash and the entry's canonical content. Someone who can edit
the cache file but not read the key cannot rewrite history without breaking the chain.

Since schema 2 (chain_format 2) the chain covers `citizen_ref`, a keyed hash of the citizen
id, not the id itself: a retention purge can then blank `citizen_id` (pseudonymise) and the
chain still verifies. A purge records a digest of each payload it pseudonymised, so those
entries stay checked too. Decisions and objections are inside the chain: their entries carry a
keyed digest of the stored record (`cache.record_digest`, checked by `cache.audit_records`).

The caseworker's account can read the key, so the chain alone does not stop a rewrite by that
account. What does: after each committed batch the head (seq, hash, cache id) goes where that
account cannot change it, the OS log (`protection.os_log`), as well as to the IT log, and
exports and sheets carry one. `wayfinder-admin audit verify --heads FILE` checks the chain
against every head IT collected (`cache.audit_heads`); see docs/data-protection.md.
A retention purge of the oldest entries leaves a signed checkpoint that verification starts
from (see desktop_app/protection/audit_retention.py).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import msgspec
import sqlite_utils

from desktop_app.cache import meta
from desktop_app.cache.audit_heads import Head, head_line
from desktop_app.cache.audit_key import key_id
from desktop_app.cache.connection import after_commit
from desktop_app.cache.pseudonyms import citizen_ref
from desktop_app.protection import os_log
from desktop_app.protection.it_log import it_safe

GENESIS = "0" * 64
CHAIN_FORMAT = 3
MIN_AUDIT_DAYS = 183  # a retention purge keeps at least six months (AI Act Art. 26(6))
PSEUDONYMISED = "_pseudonymised"  # payload marker: free text removed by a retention purge
HEAD_LOGGER = "wayfinder.audit"
log = logging.getLogger(HEAD_LOGGER)


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    citizen_id: str | None
    model_version: str | None
    input_hash: str | None
    payload: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class Checkpoint:
    """Where the kept part of the chain starts after a retention purge."""

    seq: int
    hash: str
    at: str
    removed: int
    signature: str


@dataclass
class VerifyReport:
    start_seq: int
    head: tuple[int, str]
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def canonical(fields: dict[str, Any]) -> bytes:
    """Canonical JSON (sorted keys, no whitespace) of what an entry's hash covers."""
    return msgspec.json.encode(fields, order="sorted")


def entry_hash(key: bytes, prev_hash: str, fields: dict[str, Any]) -> str:
    return hmac.new(key, prev_hash.encode() + canonical(fields), hashlib.sha256).hexdigest()


def payload_digest(key: bytes, payload: dict[str, Any]) -> str:
    """Keyed digest of an entry's payload; the chain (format 3) covers this, not the payload."""
    return hmac.new(key, b"payload\x00" + canonical(payload), hashlib.sha256).hexdigest()


def checkpoint_signature(key: bytes, seq: int, hash_: str, at: str, removed: int) -> str:
    body = canonical({"seq": seq, "hash": hash_, "at": at, "removed": removed})
    return hmac.new(key, b"checkpoint\x00" + body, hashlib.sha256).hexdigest()


def parse_head(text: str) -> tuple[int, str]:
    """'SEQ:HASH' (as printed in exports and the IT log) -> (seq, hash)."""
    seq, _, digest = text.strip().partition(":")
    if not seq.isdigit() or len(digest) != 64:
        raise ValueError(f"not an audit head (expected SEQ:HASH with a 64-hex hash): {text!r}")
    return int(seq), digest.lower()


def format_head(head: tuple[int, str]) -> str:
    return f"{head[0]}:{head[1]}"


def read_head(db: sqlite_utils.Database) -> tuple[int, str]:
    """The chain head (seq, hash) without needing the key: last entry, else the checkpoint."""
    row = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    if row:
        return row[0], row[1]
    row = db.execute("SELECT seq, hash FROM audit_checkpoint WHERE id = 1").fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


class EntryMismatch(ValueError):
    """An entry is there but does not match its keyed hashes (edited, or another key)."""


def latest_verified_payload(db: sqlite_utils.Database, key: bytes | None, action: str,
                            model_version: str) -> tuple[str, dict[str, Any]] | None:
    """When, and with which payload, the newest entry recording `action` for `model_version`
    was written, after checking
    that entry's own keyed hashes under `key` (its payload digest and its hash over its fields
    and the previous hash; the links of the whole chain are `AuditLog.verify`'s). None when
    there is no such entry; EntryMismatch when there is one that does not verify (or no key to
    verify it with)."""
    row = db.execute(
        "SELECT seq, at, actor, action, citizen_ref, model_version, input_hash, payload, "
        "prev_hash, hash, chain_format, payload_digest FROM audit_log "
        "WHERE action = ? AND model_version = ? ORDER BY seq DESC LIMIT 1",
        (action, model_version)).fetchone()
    if row is None:
        return None
    if key is None:
        raise EntryMismatch(f"entry {row[0]} cannot be checked: the audit key is missing")
    try:
        payload = msgspec.json.decode(row[7])
    except msgspec.DecodeError:
        raise EntryMismatch(f"entry {row[0]} does not match the chain (edited)") from None
    fields = {"v": row[10], "seq": row[0], "at": row[1], "actor": row[2], "action": row[3],
              "citizen_ref": row[4], "model_version": row[5], "input_hash": row[6],
              "payload_digest": row[11]}
    if (row[10] != CHAIN_FORMAT or not isinstance(payload, dict)
            or not hmac.compare_digest(str(row[11]), payload_digest(key, payload))
            or not hmac.compare_digest(str(row[9]), entry_hash(key, str(row[8]), fields))):
        raise EntryMismatch(f"entry {row[0]} does not match the chain (edited)")
    return str(row[1]), payload


_COLUMNS = (
    "seq, at, actor, action, citizen_id, model_version, input_hash, payload, prev_hash, hash, "
    "citizen_ref, chain_format, payload_digest"
)


class AuditLog:
    """Appends chained entries; call inside the same transaction as the change it records."""

    def __init__(self, db: sqlite_utils.Database, key: bytes, *,
                 publish_heads: bool = True) -> None:
        """`publish_heads=False` only for throwaway caches (the smoke test's): their heads
        would be noise in the OS log."""
        self._db = db
        self._key = key
        self._cache_id: str | None = None
        self._publish_heads = publish_heads

    @property
    def key(self) -> bytes:
        return self._key

    @property
    def cache_id(self) -> str:
        if self._cache_id is None:
            self._cache_id = meta.cache_id(self._db)
        return self._cache_id

    def append(
        self,
        actor: str,
        action: str,
        *,
        citizen_id: str | None = None,
        model_version: str | None = None,
        input_hash: str | None = None,
        payload: dict[str, Any] | None = None,
        at: dt.datetime | None = None,
    ) -> AuditEntry:
        prev_seq, prev_hash = self.head()
        when = (at or dt.datetime.now(dt.UTC)).isoformat(timespec="milliseconds")
        ref = citizen_ref(self._key, citizen_id) if citizen_id is not None else None
        seq = prev_seq + 1
        body = payload or {}
        fields: dict[str, Any] = {
            "v": CHAIN_FORMAT,
            "seq": seq,
            "at": when,
            "actor": actor,
            "action": action,
            "citizen_ref": ref,
            "model_version": model_version,
            "input_hash": input_hash,
            "payload_digest": payload_digest(self._key, body),
        }
        digest = entry_hash(self._key, prev_hash, fields)
        # The trail records which key writes it, so a wrong key is named as such later.
        self._db.execute("INSERT OR IGNORE INTO cache_meta (key, value) VALUES (?, ?)",
                         (meta.AUDIT_KEY_ID, key_id(self._key)))
        self._db.execute(
            "INSERT INTO audit_log (seq, at, actor, action, citizen_id, model_version, "
            "input_hash, payload, prev_hash, hash, citizen_ref, chain_format, payload_digest) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                seq,
                when,
                actor,
                action,
                citizen_id,
                model_version,
                input_hash,
                canonical(body).decode(),
                prev_hash,
                digest,
                ref,
                CHAIN_FORMAT,
                fields["payload_digest"],
            ),
        )
        after_commit(self._db, self.publish_head, once_per=(id(self), "audit-head"))
        return AuditEntry(
            seq,
            when,
            actor,
            action,
            citizen_id,
            model_version,
            input_hash,
            body,
            prev_hash,
            digest,
        )

    def publish_head(self) -> None:
        """Write the committed head to the OS log and the IT log (the outside copies that
        verification checks against)."""
        if not self._publish_heads:
            return
        seq, digest = self.head()
        at = self._entry_time(seq)
        log.info("%s", it_safe(head_line(self.cache_id, seq, digest, at)))
        os_log.publish(head_line(self.cache_id, seq, digest, at))

    def _entry_time(self, seq: int) -> str | None:
        row = self._db.execute("SELECT at FROM audit_log WHERE seq = ?", (seq,)).fetchone()
        return str(row[0]) if row else None

    def head(self) -> tuple[int, str]:
        return read_head(self._db)

    def checkpoint(self) -> Checkpoint | None:
        row = self._db.execute(
            "SELECT seq, hash, at, removed, signature FROM audit_checkpoint WHERE id = 1"
        ).fetchone()
        return Checkpoint(*row) if row else None

    def verify(self, expect_head: tuple[int, str] | None = None) -> list[str]:
        """Problems found walking the chain (empty when intact)."""
        return self.verify_report(expect_head).problems

    def verify_report(self, expect_head: tuple[int, str] | None = None, *,
                      heads: Iterable[Head] = (),
                      other_caches: dict[str, list[Head]] | None = None) -> VerifyReport:
        """Walk the chain, check the app's decisions and objections against their entries,
        and compare with heads recorded outside the cache (`expect_head`, and `heads`, which
        name this cache). Heads of `other_caches` whose entry number and time match an entry
        here are this cache's under an earlier id: the id was changed, and they apply too."""
        from desktop_app.cache.audit_records import check_records

        checkpoint = self.checkpoint()
        prev_hash, expected_seq = GENESIS, 1
        report = VerifyReport(start_seq=1, head=self.head())
        if checkpoint is not None:
            signature = checkpoint_signature(
                self._key, checkpoint.seq, checkpoint.hash, checkpoint.at, checkpoint.removed
            )
            if not hmac.compare_digest(signature, checkpoint.signature):
                report.problems.append("the retention checkpoint is not signed by the audit key")
            prev_hash, expected_seq = checkpoint.hash, checkpoint.seq + 1
            report.start_seq = expected_seq
            report.notes.append(
                f"entries 1..{checkpoint.seq} were removed by a retention purge on "
                f"{checkpoint.at[:10]}; verification starts at entry {expected_seq}"
            )
        seen: dict[int, str] = {}
        seen_at: dict[int, str] = {}
        purged = self.pseudonymised_by_purges()
        unchecked = 0
        for row in self._db.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq"):
            unchecked += self._check_row(row, prev_hash, expected_seq, report, purged)
            seen[row[0]] = row[9]
            seen_at[row[0]] = row[1]
            prev_hash, expected_seq = row[9], row[0] + 1
        if unchecked:
            report.notes.append(
                f"{unchecked} pseudonymised entries come from a purge that did not record "
                "their new content (before this version): only their place in the chain is "
                "checked")
        heads = list(heads)
        for other, found in (other_caches or {}).items():
            if any(h.at is not None and seen_at.get(h.seq) == h.at for h in found):
                report.problems.append(
                    f"this cache's entries carry the numbers and times of entries the OS log "
                    f"recorded for cache {other}: its id was changed; that cache's heads apply")
                heads += found
        outside = [(h.seq, h.hash) for h in heads]
        if expect_head is not None:
            outside.append(expect_head)
        _check_outside_heads(list(dict.fromkeys(outside)), report, seen, checkpoint)
        if checkpoint is not None:
            _check_retention(checkpoint, heads, report)
        check_records(self._db, self._key, purged, report)
        return report

    def pseudonymised_by_purges(self) -> dict[int, str | None]:
        """Entries that audited purges say they pseudonymised, with the digest of the payload
        each was left with (None from purges before digests were recorded). Purge entries
        are chained too, so a forged one fails verification on its own."""
        seqs: dict[int, str | None] = {}
        for (payload,) in self._db.execute(
            "SELECT payload FROM audit_log WHERE action = 'cases_purged'"
        ):
            body = msgspec.json.decode(payload)
            digests = body.get("pseudonymised_digests") or {}
            for seq in body.get("pseudonymised_seqs", []):
                seqs[int(seq)] = digests.get(str(seq))
        return seqs

    def _check_row(
        self,
        row: tuple[Any, ...],
        prev_hash: str,
        expected_seq: int,
        report: VerifyReport,
        purged: dict[int, str | None],
    ) -> int:
        """Add what is wrong with one entry to `report`; returns 1 for a pseudonymised entry
        whose content cannot be checked (an old purge recorded no digest for it), else 0."""
        seq = row[0]
        unchecked = 0
        if seq > expected_seq:
            report.problems.append(
                f"entries {expected_seq}..{seq - 1} are missing (deleted); next is {seq}"
            )
        elif seq < expected_seq:
            report.problems.append(f"entry {seq} lies before the retention checkpoint")
        payload = msgspec.json.decode(row[7])
        if row[11] >= 2:
            fields = {
                "v": row[11],
                "seq": seq,
                "at": row[1],
                "actor": row[2],
                "action": row[3],
                "citizen_ref": row[10],
                "model_version": row[5],
                "input_hash": row[6],
            }
            if row[11] >= 3:
                fields["payload_digest"] = row[12]
                if isinstance(payload, dict) and payload.get(PSEUDONYMISED):
                    if seq not in purged:
                        report.problems.append(
                            f"entry {seq} is marked pseudonymised but no audited purge did so "
                            "(edited)"
                        )
                    elif purged[seq] is None:
                        unchecked = 1
                    elif purged[seq] != payload_digest(self._key, payload):
                        report.problems.append(
                            f"entry {seq} was changed after a purge pseudonymised it (edited)")
                elif row[12] != payload_digest(self._key, payload):
                    report.problems.append(
                        f"entry {seq} does not match the chain (edited or inserted)"
                    )
                    return unchecked
            else:
                fields["payload"] = payload
        else:
            fields = {
                "seq": seq,
                "at": row[1],
                "actor": row[2],
                "action": row[3],
                "citizen_id": row[4],
                "model_version": row[5],
                "input_hash": row[6],
                "payload": payload,
            }
            if row[4] is None and row[10] is not None:
                # A pre-schema-2 entry pseudonymised by a purge: its hash covered the raw id.
                report.notes.append(
                    f"entry {seq} was pseudonymised and predates pseudonym-safe chaining; "
                    "only its link to the next entry is checked"
                )
                return unchecked
        if row[8] != prev_hash or not hmac.compare_digest(
            row[9], entry_hash(self._key, prev_hash, fields)
        ):
            report.problems.append(f"entry {seq} does not match the chain (edited or inserted)")
        elif row[11] >= 2 and row[4] is not None and citizen_ref(self._key, row[4]) != row[10]:
            report.problems.append(f"entry {seq}: the citizen id was changed (edited)")
        elif row[11] >= 2 and row[4] is None and row[10] is not None and seq not in purged:
            report.problems.append(
                f"entry {seq}: the citizen id was removed, but no audited purge did so (edited; "
                "the entry would be missing from the citizen's access request)")
        return unchecked


MAX_HEAD_PROBLEMS = 20


def _check_retention(checkpoint: Checkpoint, heads: list[Head], report: VerifyReport) -> None:
    """A retention checkpoint may only stand for entries older than six months when it was
    made, and cannot be made in the future; the OS log's heads say when the removed entries
    were made, which the checkpoint's own data cannot change."""
    made = _instant(checkpoint.at)
    if made is None:
        report.problems.append("the retention checkpoint's date cannot be read (edited)")
        return
    if made > dt.datetime.now(dt.UTC) + dt.timedelta(days=1):
        report.problems.append(f"the retention checkpoint is dated in the future "
                               f"({checkpoint.at[:10]}): forged")
    limit = made - dt.timedelta(days=MIN_AUDIT_DAYS)
    young = sorted({h.seq for h in heads if h.seq <= checkpoint.seq and h.at
                    and (_instant(h.at) or limit) > limit})
    if young:
        report.problems.append(
            f"entries {young[0]}..{young[-1]} were removed by the retention checkpoint of "
            f"{checkpoint.at[:10]} before they were six months old (the OS log recorded them "
            "later than that): a forged retention purge")


def _instant(text: str) -> dt.datetime | None:
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _check_outside_heads(
    heads: list[tuple[int, str]],
    report: VerifyReport,
    seen: dict[int, str],
    checkpoint: Checkpoint | None,
) -> None:
    """Every head recorded outside must match the chain; a cut-off tail is said once."""
    last = report.head[0]
    beyond = [head for head in heads if head[0] > last]
    if beyond:
        _check_expected_head(max(beyond), report, seen, checkpoint)
    problems: list[str] = []
    for head in sorted(head for head in heads if head[0] <= last):
        before = len(report.problems)
        _check_expected_head(head, report, seen, checkpoint)
        problems.extend(report.problems[before:])
        del report.problems[before:]
    report.problems.extend(problems[:MAX_HEAD_PROBLEMS])
    if len(problems) > MAX_HEAD_PROBLEMS:
        report.problems.append(f"... and {len(problems) - MAX_HEAD_PROBLEMS} more entries differ "
                               "from heads recorded outside the cache")


def _check_expected_head(
    expect: tuple[int, str],
    report: VerifyReport,
    seen: dict[int, str],
    checkpoint: Checkpoint | None,
) -> None:
    seq, digest = expect
    last = report.head[0]
    if seq > last:
        report.problems.append(
            f"the log ends at entry {last} but entry {seq} was recorded as the head: "
            f"entries {last + 1}..{seq} were cut off"
        )
    elif checkpoint is not None and seq == checkpoint.seq:
        if checkpoint.hash != digest:
            report.problems.append(f"entry {seq} differs from the recorded head")
    elif seq in seen and seen[seq] != digest:
        report.problems.append(f"entry {seq} differs from the recorded head (rewritten)")
    elif seq not in seen and (checkpoint is None or seq > checkpoint.seq):
        report.problems.append(f"entry {seq}, recorded as a head, is missing")
