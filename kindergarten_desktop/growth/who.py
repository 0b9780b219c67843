"""WHO z-scores, vectorised: Child Growth Standards 2006 (0-1826 days) and Growth Reference 2007.

The rules are those of WHO's own software (the R packages ``anthro`` and ``anthroplus``, and the
``who2007`` macro, whose validation run is kept in tests/data/who and reproduced by
tests/growth/test_who.py). Every arithmetic step keeps WHO's order
of operations so the rounded z-scores come out identical, half-way cases included (see :func:`round_r`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import numpy as np

from kindergarten_desktop.paths import who_dir

DAYS_PER_MONTH = 365.25 / 12  # WHO: age in months = days / 30.4375
LAST_2006_DAY = 1826  # the 2006 standards end here; from 1827 days the 2007 reference applies
LENGTH_HEIGHT_SWITCH_DAY = 731  # recumbent length below, standing height from here
MEASURE_CONVERSION_CM = 0.7
# The 2007 reference by completed month: the validation file (WHO's who2007 results) computes
# weight-for-age while age < 121 months and height/BMI-for-age while age < 229 months.
WFA_2007_END_MONTHS = 121.0
HFA_BFA_2007_END_MONTHS = 229.0
WFL_RANGE_CM = (45.0, 110.0)
WFH_RANGE_CM = (65.0, 120.0)

INDICATORS = ("wfa", "hfa", "wfl", "wfh", "bfa")
SD_LINES = (-3, -2, -1, 0, 1, 2, 3)

ArrayLike = Sequence[Any] | np.ndarray | float | int | None


@dataclass(frozen=True)
class LmsTable:
    """L, M, S by sex (row 0 boys, row 1 girls) for consecutive integer keys from ``start``
    (days, months, or tenths of a centimetre)."""

    start: int
    l: np.ndarray  # noqa: E741 - WHO's own name for the Box-Cox power
    m: np.ndarray
    s: np.ndarray

    @property
    def width(self) -> int:
        return self.l.shape[1]

    @property
    def stop(self) -> int:
        return self.start + self.width

    def flat(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """L, M, S as 1-D arrays indexed by sex_index * width + (key - start): fast ``take``."""
        return self.l.ravel(), self.m.ravel(), self.s.ravel()


def _read_table(file_name: str, key_scale: int) -> LmsTable:
    """Read one of WHO's tab-separated LMS files; keys are multiplied by ``key_scale`` (10 for cm)."""
    path = who_dir() / file_name
    rows: dict[int, dict[int, tuple[float, float, float]]] = {1: {}, 2: {}}
    with open(path, encoding="utf-8") as handle:
        header = handle.readline().split()
        if header[:2] != ["sex", header[1]] or header[2:5] != ["l", "m", "s"]:
            raise ValueError(f"{path}: unexpected header {header}")
        for line in handle:
            parts = line.split()
            if not parts:
                continue
            key = round(float(parts[1]) * key_scale)
            rows[int(parts[0])][key] = (float(parts[2]), float(parts[3]), float(parts[4]))
    keys = sorted(rows[1])
    if keys != sorted(rows[2]) or keys != list(range(keys[0], keys[0] + len(keys))):
        raise ValueError(f"{path}: keys are not the same consecutive range for both sexes")
    lms = np.array([[rows[sex][k] for k in keys] for sex in (1, 2)])  # (sex, key, lms)
    return LmsTable(keys[0], lms[:, :, 0].copy(), lms[:, :, 1].copy(), lms[:, :, 2].copy())


@cache
def tables() -> dict[str, LmsTable]:
    """The WHO tables, read once: 2006 by day ('wfa06' ...), by 0.1 cm ('wfl', 'wfh'), 2007 by month."""
    return {
        "wfa06": _read_table("weianthro.txt", 1),
        "hfa06": _read_table("lenanthro.txt", 1),
        "bfa06": _read_table("bmianthro.txt", 1),
        "wfl": _read_table("wflanthro.txt", 10),
        "wfh": _read_table("wfhanthro.txt", 10),
        "wfa07": _read_table("wfawho2007.txt", 1),
        "hfa07": _read_table("hfawho2007.txt", 1),
        "bfa07": _read_table("bfawho2007.txt", 1),
    }


# --- arithmetic exactly as WHO's R code does it -------------------------------------------------

def round_r(x: np.ndarray, digits: int = 2) -> np.ndarray:
    """R's ``round(x, digits)`` (R >= 4.0, nmath/fround.c): of the two decimal neighbours of x, the one
    nearer to x as measured in double precision; on a tie the even one. numpy's ``round`` (scale, rint)
    and Python's ``round`` (exact decimal) disagree with R on some near-half-way inputs: R gives
    0.36 for 0.355 (Python 0.35) and 0.54 for 0.545 (numpy and Python 0.55)."""
    x = np.asarray(x, dtype=float)
    p10 = 10.0 ** digits
    with np.errstate(invalid="ignore", over="ignore"):
        x10 = x * p10
        out = np.rint(x10)
        # Away from a half-way point rint picks the same neighbour as R; settle the rest R's way: rows
        # within 2e-6 of one (far wider than any rounding error of x10) and huge values.
        x10 -= out
        np.abs(x10, out=x10)
        delicate = x10 > 0.5 - 2e-6
        delicate |= np.abs(x) > 1e12
        out /= p10
    if delicate.any():
        out[delicate] = _round_r_exact(x[delicate], digits)
    return out


def _round_r_exact(x: np.ndarray, digits: int) -> np.ndarray:
    sign = np.where(x < 0, -1.0, 1.0)
    a = np.abs(x)
    p10 = 10.0 ** digits
    with np.errstate(invalid="ignore", over="ignore"):
        x10 = p10 * a
        i10 = np.floor(x10)
        down = i10 / p10
        up = np.ceil(x10) / p10
        du = up - a
        dd = a - down
        take_up = (du < dd) | ((du == dd) & (np.fmod(i10, 2.0) == 1.0))
        rounded = sign * np.where(take_up, up, down)
        # R leaves x alone when it has no digits left to round (DBL_DIG = 15 significant ones).
        logb = np.frexp(a)[1] - 1.0
        untouched = ~np.isfinite(x) | (x == 0) | (np.log10(2.0) * (0.5 + logb) + digits > 15)
    return np.where(untouched, x, rounded)


def round_half_up_days(age_days: np.ndarray) -> np.ndarray:
    """WHO's age in whole days: .5 and above rounds up (anthro's ``round_up``)."""
    whole = np.floor(age_days)
    return np.where(age_days - whole >= 0.5, whole + 1.0, whole)


def z_plain(y: np.ndarray, l: np.ndarray, m: np.ndarray, s: np.ndarray,  # noqa: E741
            linear: bool = False) -> np.ndarray:
    """The LMS z-score: ((y/M)^L - 1) / (S*L), in WHO's order of operations. ``linear``: L is 1 on
    every row, where (y/M)^1 is y/M and S*1 is S exactly, so the power (the costliest step) is skipped."""
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        z = y / m
        if not linear:
            np.power(z, l, out=z)
        z -= 1
        z /= s if linear else s * l
    return z


def _sd(l: np.ndarray, m: np.ndarray, s: np.ndarray, k: float) -> np.ndarray:  # noqa: E741
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        return m * ((1 + l * s * k) ** (1 / l))


def z_restricted(y: np.ndarray, l: np.ndarray, m: np.ndarray, s: np.ndarray,  # noqa: E741
                 curves: Callable[[np.ndarray, int], np.ndarray] | None = None) -> np.ndarray:
    """The LMS z-score with WHO's restricted application beyond ±3 SD (weight-based indicators):
    outside ±3 the distance is measured in units of the gap between the 2 and 3 SD curves.
    ``curves(rows, k)``: the k SD curve on those rows when known in advance (else computed here)."""
    z = z_plain(y, l, m, s)
    with np.errstate(invalid="ignore"):
        beyond = np.flatnonzero(np.abs(z) > 3)  # usually few rows: the rest of the work is on them only
    if beyond.size:
        if curves is None:
            def curves(rows: np.ndarray, k: int) -> np.ndarray:
                return _sd(l.take(rows), m.take(rows), s.take(rows), k)
        high = z.take(beyond) > 3
        for rows, k in ((beyond[high], 3), (beyond[~high], -3)):
            if rows.size:
                yy = y.take(rows)
                sd3 = curves(rows, k)
                if k > 0:
                    z[rows] = 3 + ((yy - sd3) / (sd3 - curves(rows, 2)))
                else:
                    z[rows] = -3 + ((yy - sd3) / (curves(rows, -2) - sd3))
    return z


# --- looking up L, M, S for each row -------------------------------------------------------------

def _empty_lms(n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return np.full(n, np.nan), np.full(n, np.nan), np.full(n, np.nan)


def _fill_exact(out: tuple[np.ndarray, ...], table: LmsTable, rows: np.ndarray, sex_index: np.ndarray,
                key: np.ndarray) -> None:
    """L, M, S of the table row with this integer key (2006 tables by day)."""
    idx = np.flatnonzero(rows)
    if not idx.size:
        return
    flat = sex_index.take(idx) * table.width + (key.take(idx).astype(np.intp) - table.start)
    for target, column in zip(out, table.flat(), strict=True):
        target[idx] = column.take(flat)


def _fill_interpolated(out: tuple[np.ndarray, ...], table: LmsTable, idx: np.ndarray, sex_index: np.ndarray,
                       low_key: np.ndarray, upp_key: np.ndarray, diff: np.ndarray) -> None:
    """L, M, S for rows ``idx`` (keys and diff given for those rows only), interpolated linearly between
    two neighbouring table rows: low + diff * (upp - low) when diff > 0, else the low row, as WHO does
    for fractional months (2007) and between 0.1 cm rows."""
    base = sex_index.take(idx) * table.width - table.start
    last = table.stop - 1
    lo = base + np.clip(low_key, table.start, last).astype(np.intp)
    hi = base + np.clip(upp_key, table.start, last).astype(np.intp)
    d = np.where(diff > 0, diff, 0.0)  # low + 0 * (finite) is exactly low
    for target, column in zip(out, table.flat(), strict=True):
        low_value = column.take(lo)
        target[idx] = low_value + d * (column.take(hi) - low_value)


def _fill_months(out: tuple[np.ndarray, ...], table07: LmsTable, end07: float, sex_index: np.ndarray,
                 months: np.ndarray, idx: np.ndarray) -> None:
    """Rows ``idx`` (from 60 months): the 2007 table interpolated at the exact month, NaN from ``end07``."""
    for target in out:
        target[idx] = np.nan
    with np.errstate(invalid="ignore"):
        idx = idx[months.take(idx) < end07]
    if idx.size:
        mo = months.take(idx)
        low = np.trunc(mo)
        _fill_interpolated(out, table07, idx, sex_index, low, np.trunc(mo + 1), mo - low)


def _lms_by_age(table06: LmsTable, table07: LmsTable, end07: float, sex_index: np.ndarray,
                day: np.ndarray, months: np.ndarray, in06: np.ndarray, in07: np.ndarray,
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    out = _empty_lms(len(day))
    _fill_exact(out, table06, in06, sex_index, day)
    _fill_months(out, table07, end07, sex_index, months, np.flatnonzero(in07))
    return out


def _lms_by_length(table: LmsTable, sex_index: np.ndarray, length_cm: np.ndarray, rows: np.ndarray,
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    out = _empty_lms(len(length_cm))
    idx = np.flatnonzero(rows)
    if idx.size:
        cm = length_cm.take(idx)
        low10 = np.trunc(cm * 10)
        _fill_interpolated(out, table, idx, sex_index, low10, np.trunc(cm * 10 + 1), (cm - low10 / 10) / 0.1)
    return out


def _in_range(values: np.ndarray, bounds: tuple[float, float]) -> np.ndarray:
    with np.errstate(invalid="ignore"):
        return (values >= bounds[0]) & (values <= bounds[1])


# --- lookup tables for compute(): one integer index per row, np.take on small contiguous arrays -------

@dataclass(frozen=True)
class _Lookup:
    """L, M, S gathered by one index per row; ``nan_index`` holds NaN (no value for that row)."""

    l: np.ndarray  # noqa: E741
    m: np.ndarray
    s: np.ndarray
    nan_index: int
    linear: bool  # L is 1 wherever defined (height-for-age): z_plain may skip the power
    sd: dict[int, np.ndarray] = field(default_factory=dict)  # ±2, ±3 SD curves by the same index


# Whole days 0..6970 (the last day with height/BMI-for-age), then a NaN entry, for each sex.
_DAY_WIDTH = int(HFA_BFA_2007_END_MONTHS * DAYS_PER_MONTH) + 2


@cache
def _by_day(name: str) -> _Lookup:
    """'wfa', 'hfa' or 'bfa' by index sex_index * _DAY_WIDTH + whole day (days past the end clipped to
    the NaN entry). Filled once by _lms_by_age itself with age = day, so a row of a whole-day age gets
    exactly the values that function would compute for it; so does a fractional age under 60 months
    (the 2006 tables go by the rounded day). Fractional ages from 60 months interpolate (_fill_months).
    The SD curves come from the same _sd, so they equal what z_restricted would compute per row."""
    t = tables()
    end07 = WFA_2007_END_MONTHS if name == "wfa" else HFA_BFA_2007_END_MONTHS
    day = np.tile(np.arange(_DAY_WIDTH, dtype=float), 2)
    months = day / DAYS_PER_MONTH
    l, m, s = _lms_by_age(t[f"{name}06"], t[f"{name}07"], end07, np.repeat([0, 1], _DAY_WIDTH),  # noqa: E741
                          day, months, months < 60, months >= 60)
    if not np.isnan(m[_DAY_WIDTH - 1::_DAY_WIDTH]).all():
        raise ValueError(f"{name}: the table goes beyond {_DAY_WIDTH - 2} days")
    sd = {k: _sd(l, m, s, k) for k in (-3, -2, 2, 3)}
    return _Lookup(l, m, s, _DAY_WIDTH - 1, bool(np.all((l == 1) | np.isnan(l))), sd)


@cache
def _by_length() -> tuple[_Lookup, np.ndarray]:
    """Weight-for-length (boys, girls) then weight-for-height (boys, girls), each block of 0.1 cm rows
    followed by a copy of its last row, then a NaN entry; and each block's offset minus its start key,
    so that index = base[block] + key. The copy stands in for clipping the upper neighbour of the last
    row: rows in a table's range never need more (key <= last, upper key <= last + 1)."""
    t = tables()
    blocks, bases, offset = [], [], 0
    for table in (t["wfl"], t["wfh"]):
        for sex_index in (0, 1):
            block = np.stack([table.l[sex_index], table.m[sex_index], table.s[sex_index]])
            blocks.append(np.concatenate([block, block[:, -1:]], axis=1))
            bases.append(offset - table.start)
            offset += table.width + 1
    blocks.append(np.full((3, 1), np.nan))
    l, m, s = np.concatenate(blocks, axis=1)  # noqa: E741
    return _Lookup(l.copy(), m.copy(), s.copy(), offset, False), np.array(bases, dtype=float)


def _interpolate(lookup: _Lookup, lo: np.ndarray, hi: np.ndarray, d: np.ndarray,
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """low + d * (upp - low) per column, as _fill_interpolated computes it."""
    out = []
    for column in (lookup.l, lookup.m, lookup.s):
        low = column.take(lo)
        value = column.take(hi)
        value -= low
        value *= d
        value += low
        out.append(value)
    return out[0], out[1], out[2]


# --- public API -----------------------------------------------------------------------------------

def _measure_masks(measure: Any, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Boolean masks (recumbent, standing) from 'l'/'h' (either case); anything else = unknown."""
    if measure is None or isinstance(measure, str):
        code = (measure or "").strip().lower()
        return np.full(n, code == "l"), np.full(n, code == "h")
    values = np.asarray(measure)
    if values.dtype.kind not in "US":
        values = values.astype(object)
    if values.shape != (n,):
        raise ValueError(f"measure has {values.size} values for {n} rows")
    if values.dtype.kind == "U" and n:
        # Code points compared as integers: many times faster than numpy's string comparison.
        chars = np.ascontiguousarray(values).view(np.uint32).reshape(n, -1)  # NUL-padded
        one_letter = ~chars[:, 1:].any(axis=1) if chars.shape[1] > 1 else True
        first = chars[:, 0]
        return (((first == ord("l")) | (first == ord("L"))) & one_letter,
                ((first == ord("h")) | (first == ord("H"))) & one_letter)
    return (values == "l") | (values == "L"), (values == "h") | (values == "H")


def _as_float(values: ArrayLike, name: str, n: int | None) -> np.ndarray:
    if n is not None and (values is None or np.ndim(values) == 0):  # one number for every row
        return np.full(n, np.nan if values is None else float(values))  # type: ignore[arg-type]
    array = np.atleast_1d(np.asarray(values, dtype=float))
    if array.ndim != 1:
        raise ValueError(f"{name} must be one-dimensional")
    if n is not None and len(array) != n:
        raise ValueError(f"{name} has {len(array)} values, expected {n}")
    return array


# Rows per block: a block's temporaries (about 30 arrays of 8 bytes per row) stay in the CPU caches,
# which makes compute about 1.5x faster on a million rows than one pass over whole arrays.
_BLOCK_ROWS = 65_536
_FLOAT_OUTPUTS = ("waz", "haz", "whz", "baz", "height_adjusted", "bmi", "age_months")
_FLAG_OUTPUTS = ("waz_flag", "haz_flag", "whz_flag", "baz_flag")


def compute(sex: ArrayLike, age_days: ArrayLike, weight_kg: ArrayLike, height_cm: ArrayLike,
            measure: Any = None, *, oedema: ArrayLike = None) -> dict[str, np.ndarray]:
    """WHO z-scores for many measurements at once.

    ``sex`` 1 boy / 2 girl; ``age_days`` exact age in days (may be fractional); weight in kg;
    length/height in cm; ``measure`` 'l' recumbent / 'h' standing / None or '' unknown (one value
    for all rows or one per row); ``oedema`` optional booleans (weight-based z-scores are not
    computed for oedema, as WHO does). Sequences must have equal length; a single number for
    age, weight or height applies to every row.

    Returns float arrays "waz", "haz", "whz", "baz" (rounded to 2 decimals, NaN where not defined),
    int8 arrays "waz_flag" ... "baz_flag" (1 = implausible, WHO's limits on the rounded z),
    "height_adjusted" (cm after the ±0.7 conversion), "bmi" (kg/m² on the adjusted height) and
    "age_months" (days / 30.4375).
    """
    sex_f = _as_float(sex, "sex", None)
    n = len(sex_f)
    age = _as_float(age_days, "age_days", n)
    weight = _as_float(weight_kg, "weight_kg", n)
    height = _as_float(height_cm, "height_cm", n)
    recumbent, standing = _measure_masks(measure, n)
    no_oedema = None if oedema is None else ~_as_float(oedema, "oedema", n).astype(bool)

    out = {name: np.empty(n) for name in _FLOAT_OUTPUTS} | {name: np.empty(n, np.int8) for name in _FLAG_OUTPUTS}
    for start in range(0, n, _BLOCK_ROWS):
        rows = slice(start, start + _BLOCK_ROWS)
        block = _compute_block(sex_f[rows], age[rows], weight[rows], height[rows], recumbent[rows], standing[rows],
                               None if no_oedema is None else no_oedema[rows])
        for name, values in block.items():
            out[name][rows] = values
    return {name: out[name] for name in ("waz", "haz", "whz", "baz", *_FLAG_OUTPUTS,
                                         "height_adjusted", "bmi", "age_months")}


def _compute_block(sex_f: np.ndarray, age: np.ndarray, weight: np.ndarray, height: np.ndarray,
                   recumbent: np.ndarray, standing: np.ndarray, no_oedema: np.ndarray | None,
                   ) -> dict[str, np.ndarray]:
    """compute() on one block of rows (inputs already checked and converted)."""
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        girl = sex_f == 2
        known_age = ((sex_f == 1) | girl) & np.isfinite(age) & (age >= 0)
        age = np.where(known_age, age, np.nan)
        day = round_half_up_days(age)
        months = age / DAYS_PER_MONTH
        in06 = known_age & (months < 60)  # days 0..1826
        in07 = known_age & (months >= 60)

        # Length below 731 days, height from 731 days: convert what was measured the other way.
        as_length = day < LENGTH_HEIGHT_SWITCH_DAY
        as_height = day >= LENGTH_HEIGHT_SWITCH_DAY
        adjusted = height.copy()
        np.add(height, MEASURE_CONVERSION_CM, out=adjusted, where=as_length & standing)
        np.subtract(height, MEASURE_CONVERSION_CM, out=adjusted, where=as_height & recumbent)

        weight_ok = np.isfinite(weight) & (weight > 0)
        height_ok = np.isfinite(adjusted) & (adjusted > 0)
        bmi = np.where(weight_ok & height_ok, weight / ((adjusted / 100) ** 2), np.nan)
        bmi_y = bmi
        if no_oedema is not None:
            weight_ok &= no_oedema
            bmi_y = np.where(no_oedema, bmi, np.nan)
        # NaN where an indicator cannot use the value: its z comes out NaN with no masking later.
        weight_y = np.where(weight_ok, weight, np.nan)
        height_y = np.where(height_ok, adjusted, np.nan)

        # By age: one index per row into the per-day tables (unknown sex or age and days past the
        # tables land on the NaN entry); fractional ages from 60 months are redone by exact month.
        day_index = np.fmin(day, _DAY_WIDTH - 1)
        day_index += girl * float(_DAY_WIDTH)
        day_index = day_index.astype(np.intp)
        fractional07 = np.flatnonzero(in07 & (age != day))

    t = tables()

    def by_age(name: str, end07: float, y: np.ndarray, restricted: bool) -> np.ndarray:
        lookup = _by_day(name)
        lms = lookup.l.take(day_index), lookup.m.take(day_index), lookup.s.take(day_index)
        if restricted:
            z = z_restricted(y, *lms, curves=lambda rows, k: lookup.sd[k].take(day_index.take(rows)))
        else:
            z = z_plain(y, *lms, linear=lookup.linear)
        if fractional07.size:
            lms = _empty_lms(fractional07.size)
            _fill_months(lms, t[f"{name}07"], end07, girl.take(fractional07).astype(np.intp),
                         months.take(fractional07), np.arange(fractional07.size))
            y = y.take(fractional07)
            z[fractional07] = z_restricted(y, *lms) if restricted else z_plain(y, *lms, linear=lookup.linear)
        return round_r(z)

    waz = by_age("wfa", WFA_2007_END_MONTHS, weight_y, True)
    haz = by_age("hfa", HFA_BFA_2007_END_MONTHS, height_y, False)
    baz = by_age("bfa", HFA_BFA_2007_END_MONTHS, bmi_y, True)

    # By length/height: weight-for-length and weight-for-height share one table; rows in neither
    # range land on its NaN entry.
    with np.errstate(invalid="ignore", over="ignore"):
        wfl_rows = in06 & as_length & weight_ok & _in_range(adjusted, WFL_RANGE_CM)
        wfh_rows = in06 & as_height & weight_ok & _in_range(adjusted, WFH_RANGE_CM)
        lengths, bases = _by_length()
        low10 = np.trunc(adjusted * 10)
        base = bases.take(girl + 2 * wfh_rows)
        lo = base + low10
        hi = base + np.trunc(adjusted * 10 + 1)
        outside = ~(wfl_rows | wfh_rows)
        np.copyto(lo, lengths.nan_index, where=outside)
        np.copyto(hi, lengths.nan_index, where=outside)
        diff = (adjusted - low10 / 10) / 0.1
        np.maximum(diff, 0.0, out=diff)  # as diff > 0 else 0 on every row in range
    whz = round_r(z_restricted(weight_y, *_interpolate(lengths, lo.astype(np.intp), hi.astype(np.intp), diff)))

    with np.errstate(invalid="ignore"):
        return {
            "waz": waz, "haz": haz, "whz": whz, "baz": baz,
            "waz_flag": (waz < -6) | (waz > 5),
            "haz_flag": np.abs(haz) > 6,
            "whz_flag": np.abs(whz) > 5,
            "baz_flag": np.abs(baz) > 5,
            "height_adjusted": adjusted,
            "bmi": bmi,
            "age_months": months,
        }


def lms(indicator: str, sex: ArrayLike, x: ArrayLike) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """L, M and S of ``indicator`` row by row (``sex`` 1/2 per row, or one for all rows).

    ``x`` is age in days for 'wfa', 'hfa', 'bfa' (2006 standards to 1826 days, 2007 reference after,
    as :func:`compute` does) or length/height in cm for 'wfl' / 'wfh'. NaN outside a table's range.
    """
    if indicator not in INDICATORS:
        raise ValueError(f"indicator must be one of {', '.join(INDICATORS)}, not {indicator!r}")
    xs = _as_float(x, "x", None)
    n = len(xs)
    sexes = np.broadcast_to(np.asarray(sex, dtype=int), (n,))
    if not np.isin(sexes, (1, 2)).all():
        raise ValueError(f"sex must be 1 (boy) or 2 (girl), not {sex!r}")
    sex_index = (sexes - 1).astype(np.intp)
    t = tables()
    with np.errstate(invalid="ignore"):
        if indicator in ("wfl", "wfh"):
            rows = _in_range(xs, WFL_RANGE_CM if indicator == "wfl" else WFH_RANGE_CM)
            return _lms_by_length(t[indicator], sex_index, xs, rows)
        known = np.isfinite(xs) & (xs >= 0)
        months = np.where(known, xs, np.nan) / DAYS_PER_MONTH
        end = WFA_2007_END_MONTHS if indicator == "wfa" else HFA_BFA_2007_END_MONTHS
        return _lms_by_age(t[f"{indicator}06"], t[f"{indicator}07"], end, sex_index,
                           round_half_up_days(xs), months, known & (months < 60), known & (months >= 60))


def value_at_z(indicator: str, sex: ArrayLike, x: ArrayLike, z: ArrayLike) -> np.ndarray:
    """The measurement that has z-score ``z`` (row by row) on ``indicator``'s LMS curves."""
    l, m, s = lms(indicator, sex, x)  # noqa: E741
    return _sd(l, m, s, np.asarray(z, dtype=float))  # type: ignore[arg-type]


def sd_curves(indicator: str, sex: int, x: ArrayLike, lines: Sequence[int] = SD_LINES) -> dict[int, np.ndarray]:
    """The SD curves (default −3 … +3, seven lines) for drawing a growth chart; see :func:`lms` for ``x``."""
    if sex not in (1, 2):
        raise ValueError(f"sex must be 1 (boy) or 2 (girl), not {sex!r}")
    l, m, s = lms(indicator, sex, x)  # noqa: E741
    return {k: _sd(l, m, s, float(k)) for k in lines}
