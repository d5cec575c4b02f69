"""Turn the simulated journeys into decisions, enrolments, appointments and outcome rows,
plus the ground truth (truth.json entries and truth_attendance rows)."""

from __future__ import annotations

import numpy as np

from training.demo.calendar import OBSERVED_UNTIL, day, iso
from training.demo.journeys import Journeys
from training.demo.programmes import ARMS

OBS_END = day(OBSERVED_UNTIL)
EXPORT_DAY = OBS_END + 1
STATUS = ("planned", "active", "completed", "dropped", "no_show")
KINDS = ("meeting", "followup", "course_session")
SUB_STATUS = {1: ("employed", True), 2: ("education", True), 3: ("sick", False),
              4: ("other", False)}


def cid_text(c, prefix: str = "C") -> str:
    return f"{prefix}{int(c) + 1:06d}"


def _order(*keys):
    return np.lexsort(tuple(reversed(keys)))


def decision_rows(jr: Journeys, prefix: str = "C") -> tuple[list[dict], list[dict]]:
    d = jr.decisions
    keep = np.flatnonzero(d["exported"])
    keep = keep[_order(d["cid"][keep], d["day"][keep])]
    rows, truth = [], []
    arms = np.array(ARMS, dtype=object)
    for k in keep:
        c, t, a = cid_text(d["cid"][k], prefix), iso(d["day"][k]), int(d["arm"][k])
        rows.append({"citizen_id": c, "date": t, "programme_id": None if a == 0 else ARMS[a],
                     "caseworker_id": f"CW{int(d['cw'][k]) + 1:02d}"})
        elig = d["elig"][k]
        truth.append({
            "citizen_id": c, "date": t, "observed": ARMS[a],
            "eligible": list(arms[elig]),
            "p": {ARMS[j]: round(float(d["p26"][k, j]), 6) for j in range(len(ARMS))},
            "p52": {ARMS[j]: round(float(d["p52"][k, j]), 6) for j in range(len(ARMS))},
        })
    return rows, truth


def enrolment_rows(jr: Journeys, prefix: str = "C") -> list[dict]:
    e = jr.enrolments
    order = _order(e["cid"], e["start"])
    rows = []
    for k in order:
        rate = e["rate"][k]
        rows.append({"citizen_id": cid_text(e["cid"][k], prefix),
                     "programme_id": ARMS[int(e["arm"][k])],
                     "start": iso(e["start"][k]),
                     "end": None if e["end"][k] < 0 else iso(e["end"][k]),
                     "status": STATUS[int(e["status"][k])],
                     "attendance_rate": None if np.isnan(rate) else round(float(rate), 3)})
    return rows


def appointment_rows(jr: Journeys, prefix: str = "C") -> tuple[list[dict], list[dict]]:
    a = jr.appointments
    keep = np.flatnonzero(a["day"] <= OBS_END)
    keep = keep[_order(a["cid"][keep], a["day"][keep], a["kind"][keep])]
    cids = [cid_text(c, prefix) for c in a["cid"][keep]]
    days = [iso(t) for t in a["day"][keep]]
    kinds = [KINDS[k] for k in a["kind"][keep]]
    att = a["attended"][keep].tolist()
    ps = np.round(a["p"][keep], 6).tolist()
    rows = [{"citizen_id": c, "date": t, "kind": k, "attended": v}
            for c, t, k, v in zip(cids, days, kinds, att, strict=True)]
    truth = [{"citizen_id": c, "date": t, "kind": k, "p": p}
             for c, t, k, p in zip(cids, days, kinds, ps, strict=True)]
    return rows, truth


def outcome_rows(rng, jr: Journeys, prefix: str = "C") -> list[dict]:
    """Status spells: unemployment split around programme/sick spells, exits, pauses."""
    sp, sub, ex = jr.spells, jr.programme_spells, jr.exits
    inner = sub["status"] != 4
    # Each inner sub-spell lies inside one unemployment spell: find it by (cid, day) order.
    s_key = sp["cid"].astype(np.int64) * 10**8 + sp["start"]
    order = np.argsort(s_key)
    sub_key = sub["cid"][inner].astype(np.int64) * 10**8 + sub["start"][inner]
    owner = order[np.searchsorted(s_key[order], sub_key, side="right") - 1]
    n_sp = len(sp["cid"])
    starts_spell = np.concatenate([np.arange(n_sp), owner])
    starts_day = np.concatenate([sp["start"], sub["end"][inner]])
    ends_spell = np.concatenate([owner, np.arange(n_sp)])
    ends_day = np.concatenate([sub["start"][inner], sp["end"]])
    o1 = np.lexsort((starts_day, starts_spell))
    o2 = np.lexsort((ends_day, ends_spell))
    piece_cid = sp["cid"][starts_spell[o1]]
    piece_s, piece_e = starts_day[o1], ends_day[o2]
    good = piece_e > piece_s
    cols = {
        "cid": [piece_cid[good], sub["cid"], ex["cid"]],
        "start": [piece_s[good], sub["start"], ex["start"]],
        "end": [piece_e[good], sub["end"], ex["end"]],
        "code": [np.zeros(good.sum(), int), sub["status"],
                 np.where(ex["education"], 6, 5)],
    }
    cid = np.concatenate(cols["cid"])
    start = np.concatenate(cols["start"])
    end = np.concatenate(cols["end"])
    code = np.concatenate(cols["code"])
    keep = (start <= OBS_END) & (end > start)
    cid, start, end, code = cid[keep], start[keep], end[keep], code[keep]
    order = _order(cid, start)
    hours_job = rng.choice([37.0, 37.0, 32.0, 30.0, 25.0, 20.0, 15.0], size=len(order))
    rows = []
    for n, k in enumerate(order):
        c = int(code[k])
        if c == 0:
            status, subsidised, hours = "unemployed", False, None
        elif c in SUB_STATUS:
            status, subsidised = SUB_STATUS[c]
            hours = 37.0 if c == 1 else (30.0 if c == 2 else None)
        else:
            status, subsidised = ("employed", False) if c == 5 else ("education", False)
            hours = float(hours_job[n]) if c == 5 else 30.0
        rows.append({"citizen_id": cid_text(cid[k], prefix), "start": iso(start[k]),
                     "end": None if end[k] > OBS_END else iso(end[k]), "status": status,
                     "subsidised": subsidised, "hours_per_week": hours})
    return rows
