/* The entity tagger's hot loops in C: an optional twin of code in perceptron.py (issue 20).
 *
 * perceptron.py stays the reference: every function here repeats one of its loops with the same
 * doubles, added in the same order, and breaks ties the same way (the first of equal maxima, as
 * Python's max() and list.index() do), so that the records, tags and margins are the same to the bit
 * (tests/test_ner_native.py compares the two). Nothing here is required: the package builds and
 * runs without it (setup.py marks the extension optional; ARABICNEWS_PURE_PYTHON=1 ignores it).
 *
 * word_sums: the five sums of a word type's features (NerModel._word's loop) and their rises.
 * tag:       NerModel._tag_words after _context: the bounds, the scores of the words that need
 *            them, the candidates, and Viterbi with max-marginals over each island
 *            (_admit, _open, _decode_stretches, _decode_island). A stretch whose best path holds
 *            an entity longer than `most` words returns None: the caller then tags the sentence in
 *            Python (_decode_island_bounded; real text never has one).
 *
 * Two more build what loading a model builds (NerModel.from_dict and __init__), the start-up every
 * process and worker pays (issue 20, session 11):
 * weight_pairs: from_dict's loop, the JSON's flat [label, weight, ...] lists as (label, weight) pairs.
 * pair_tables:  _pair_tables, the stem-pair features as {a: {b: _Pair}}.
 * untrack:      those tables (built or unpickled), and what else a load keeps that holds only
 *               strings and numbers, taken off the cyclic collector's lists.
 *
 * And one builds a word type's record on its first sight (NerModel._word, session 11):
 * word_record:  the feature strings of FeatureExtractor._make_info (after the word's forms, which
 *               the rules of features.py decide in Python), their weights' sums (as word_sums) and
 *               the _WordType, without keeping the strings.
 * weight_table: the weights dict laid out for word_record's look-ups (session 12): the same
 *               (label, weight) values, in the same order, in flat arrays, found by the strings'
 *               hashes, so that a look-up touches a few cache lines instead of a dict entry, a key,
 *               a tuple and a tuple and a float per label.
 * packed_table: the same arrays read from one bytes object, the stored form of a model's weights
 *               (pack.py, session 19): loading them makes no Python object per feature. Its look-ups
 *               hash a str's code points (FNV-1a, then a mixer: a stored table cannot use Python's
 *               per-process str hash); word_record and packed_get read it.
 * packed_ints:  a map of ints stored the same way (the word frequencies' bands, zipf): word_record
 *               and packed_int_get read it; packed_index gives a key's row (the clitic
 *               counts' rows index the decision table's cuts).
 * record_store: the store of entity records (records.py, session 24): the records of the most
 *               frequent words, built once; stored_type gives a word's small _StoredType (its
 *               row), tag reads a stored type's doubles in the store, stored_record gives the
 *               _WordType a stored type stands for (the Python loops' fallback, and the tests).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NL 9 /* LABELS: O, B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG, B-MISC, I-MISC */
#define NEG (-1e9)
#define INSIDE_MASK 0x154u /* I-PER, I-LOC, I-ORG, I-MISC: labels 2, 4, 6, 8 */
#define IS_INSIDE(y) ((INSIDE_MASK >> (y)) & 1u)

static PyObject *F_ZERO; /* 0.0, shared (made by init_constants) */

/* The fields of perceptron._WordType (a NamedTuple), by position. */
enum { W_NORM, W_STEM, W_RARE, W_OWN, W_BEFORE, W_AFTER, W_TWO_BEFORE, W_TWO_AFTER,
       W_RISE_OWN, W_RISE_BEFORE, W_RISE_AFTER, W_RISE_TWO_BEFORE, W_RISE_TWO_AFTER,
       W_US, W_SS_PREV, W_SS_NEXT, W_FIELDS };

/* Python's max() over doubles: the first of equal values, replaced only by a greater one. */
static double max_of(const double *v, Py_ssize_t n) {
    double m = v[0];
    for (Py_ssize_t i = 1; i < n; i++) {
        if (v[i] > m) m = v[i];
    }
    return m;
}

static int as_double(PyObject *obj, double *out) {
    double v = PyFloat_AsDouble(obj);
    if (v == -1.0 && PyErr_Occurred()) return -1;
    *out = v;
    return 0;
}

/* NL doubles from an array('d'), a list or a tuple of numbers. */
static int read_row(PyObject *obj, double *out) {
    if (PyList_Check(obj) || PyTuple_Check(obj)) {
        PyObject *seq = obj;
        if (PySequence_Fast_GET_SIZE(seq) != NL) {
            PyErr_SetString(PyExc_ValueError, "_fastner: a score row must have one value per label");
            return -1;
        }
        PyObject **items = PySequence_Fast_ITEMS(seq);
        for (int y = 0; y < NL; y++) {
            if (as_double(items[y], &out[y]) < 0) return -1;
        }
        return 0;
    }
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_FORMAT | PyBUF_C_CONTIGUOUS) < 0) return -1;
    if (view.itemsize != sizeof(double) || view.format == NULL || strcmp(view.format, "d") != 0 ||
        view.len != (Py_ssize_t)(NL * sizeof(double))) {
        PyBuffer_Release(&view);
        PyErr_SetString(PyExc_ValueError, "_fastner: a weight vector must be an array('d') of one value per label");
        return -1;
    }
    memcpy(out, view.buf, NL * sizeof(double));
    PyBuffer_Release(&view);
    return 0;
}

/* word_sums(weights, groups, zeros, zero) -> (5 vectors..., 5 rises...)
 *
 * For each group of feature strings: the weights of those the model has, added label by label in
 * the order of the group and of each feature's (label, weight) pairs, as NerModel._word does; a group
 * no feature of which the model has gives the shared `zeros` and `zero`; otherwise a new array('d')
 * and the rise max(scores[1:]) - scores[0] (`zero` when it is 0.0). */
static PyObject *word_sums(PyObject *self, PyObject *args) {
    PyObject *weights, *groups, *zeros, *zero;
    if (!PyArg_ParseTuple(args, "O!O!OO:word_sums", &PyDict_Type, &weights, &PyTuple_Type, &groups, &zeros, &zero))
        return NULL;
    Py_ssize_t ng = PyTuple_GET_SIZE(groups);
    PyObject *out = PyTuple_New(2 * ng);
    if (out == NULL) return NULL;
    for (Py_ssize_t g = 0; g < ng; g++) {
        PyObject *feats = PySequence_Fast(PyTuple_GET_ITEM(groups, g), "_fastner: a feature group must be a sequence");
        if (feats == NULL) goto fail;
        double s[NL] = {0.0};
        int have = 0;
        Py_ssize_t nf = PySequence_Fast_GET_SIZE(feats);
        PyObject **fs = PySequence_Fast_ITEMS(feats);
        for (Py_ssize_t i = 0; i < nf; i++) {
            PyObject *wl = PyDict_GetItemWithError(weights, fs[i]);
            if (wl == NULL) {
                if (PyErr_Occurred()) { Py_DECREF(feats); goto fail; }
                continue;
            }
            if (!PyTuple_Check(wl)) {
                Py_DECREF(feats);
                PyErr_SetString(PyExc_TypeError, "_fastner: a feature's weights must be a tuple of (label, weight)");
                goto fail;
            }
            have = 1;
            Py_ssize_t nw = PyTuple_GET_SIZE(wl);
            for (Py_ssize_t k = 0; k < nw; k++) {
                PyObject *pair = PyTuple_GET_ITEM(wl, k);
                if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2) {
                    Py_DECREF(feats);
                    PyErr_SetString(PyExc_TypeError, "_fastner: a feature's weights must be a tuple of (label, weight)");
                    goto fail;
                }
                Py_ssize_t y = PyLong_AsSsize_t(PyTuple_GET_ITEM(pair, 0));
                double w;
                if ((y == -1 && PyErr_Occurred()) || as_double(PyTuple_GET_ITEM(pair, 1), &w) < 0) {
                    Py_DECREF(feats);
                    goto fail;
                }
                if (y < 0 || y >= NL) {
                    Py_DECREF(feats);
                    PyErr_SetString(PyExc_IndexError, "_fastner: a weight's label index is out of range");
                    goto fail;
                }
                s[y] += w;
            }
        }
        Py_DECREF(feats);
        PyObject *vec, *rise;
        if (!have) {
            vec = Py_NewRef(zeros);
            rise = Py_NewRef(zero);
        } else {
            vec = PySequence_Repeat(zeros, 1); /* a new array('d') of NL zeros */
            if (vec == NULL) goto fail;
            Py_buffer view;
            if (vec == zeros || PyObject_GetBuffer(vec, &view, PyBUF_WRITABLE | PyBUF_FORMAT | PyBUF_C_CONTIGUOUS) < 0) {
                if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "_fastner: zeros must be an array('d')");
                Py_DECREF(vec);
                goto fail;
            }
            if (view.format == NULL || strcmp(view.format, "d") != 0 || view.len != (Py_ssize_t)sizeof(s)) {
                PyBuffer_Release(&view);
                Py_DECREF(vec);
                PyErr_SetString(PyExc_TypeError, "_fastner: zeros must be an array('d') of one value per label");
                goto fail;
            }
            memcpy(view.buf, s, sizeof(s));
            PyBuffer_Release(&view);
            double r = max_of(s + 1, NL - 1) - s[0];
            rise = r == 0.0 ? Py_NewRef(zero) : PyFloat_FromDouble(r);
            if (rise == NULL) { Py_DECREF(vec); goto fail; }
        }
        PyTuple_SET_ITEM(out, g, vec);
        PyTuple_SET_ITEM(out, ng + g, rise);
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* The store of entity records (records.py, issue 20, session 24): the record of each of the most
 * frequent word types, computed once when the store is built, read where it lies by `tag` (a
 * stored word type's cache entry is a perceptron._StoredType: its forms, its row, its stem-pair
 * rows; no vectors). One bytes object, little-endian:
 *   "ANREC001"; uint32 n (records), uint32 nd (doubles), uint32 nstr (string bytes), uint32 0;
 *   double d[nd]; uint32 vec_off[n]; uint32 norm_off[n + 1]; uint32 stem_off[n + 1];
 *   uint16 flags[n]; the strings' UTF-8.
 * A record's norm is the UTF-8 stem_off[row] .. norm_off[row + 1], its stem norm_off[row + 1] ..
 * stem_off[row + 1] (empty where a flag says it is the word, or the norm).
 * A record's parts lie at d + vec_off[row], NL doubles each, those its flags name, in this order:
 * own, before, after, two_before, two_after (bits 0-4; a part absent is the shared zeros), the
 * pairs us-1=0 and us-1=1 (bits 5, 6; absent: None). Bit 8: norm is the word; bit 9: stem is norm;
 * bit 10: rare is "1" (else "0"). The rises are not stored: each is _rise of its part, recomputed. */
typedef struct {
    PyObject *blob;
    unsigned char *copy;
    uint32_t n, nd, nstr;
    const double *d;
    const uint32_t *vec_off, *norm_off, *stem_off;
    const uint16_t *flags;
    const unsigned char *strs;
} Records;

#define RECORDS_NAME "arabicnews.core._fastner.records"
#define RECORDS_MAGIC "ANREC001"
#define R_NORM_IS_WORD 0x100u
#define R_STEM_IS_NORM 0x200u
#define R_RARE 0x400u

/* The fields of perceptron._StoredType, by position (norm, stem and rare where _WordType has them). */
enum { S_ROW = 3, S_SS_PREV, S_SS_NEXT, S_FIELDS };

static int popcount9(unsigned m);

/* Part k of a stored record (0-4 the vectors, 5-6 the us pairs), or NULL when it has none. */
static const double *rec_part(const Records *r, Py_ssize_t row, int k) {
    unsigned f = r->flags[row];
    if (!((f >> k) & 1u)) return NULL;
    return r->d + r->vec_off[row] + NL * popcount9(f & ((1u << k) - 1u));
}

static double part_rise(const double *v) { return v == NULL ? 0.0 : max_of(v + 1, NL - 1) - v[0]; }

static void records_free(Records *r) {
    if (r == NULL) return;
    Py_XDECREF(r->blob);
    PyMem_Free(r->copy);
    PyMem_Free(r);
}

static void records_capsule_free(PyObject *capsule) { records_free((Records *)PyCapsule_GetPointer(capsule, RECORDS_NAME)); }

/* record_store(blob) -> a capsule of the store; ValueError when it is not well-formed. */
static PyObject *record_store(PyObject *self, PyObject *args) {
    PyObject *blob;
    if (!PyArg_ParseTuple(args, "O!:record_store", &PyBytes_Type, &blob)) return NULL;
    const unsigned char *raw = (const unsigned char *)PyBytes_AS_STRING(blob);
    size_t size = (size_t)PyBytes_GET_SIZE(blob);
    uint16_t probe = 1;
    Records *r = NULL;
    if (size < 24 || memcmp(raw, RECORDS_MAGIC, 8) != 0 || *(unsigned char *)&probe != 1) goto malformed;
    uint32_t hd[4];
    memcpy(hd, raw + 8, sizeof(hd));
    uint64_t n = hd[0], nd = hd[1], nstr = hd[2];
    if (n >= 0x7fffffffu || nd >= 0x7fffffffu || hd[3] != 0) goto malformed;
    if (24 + 8 * nd + 4 * n + 8 * (n + 1) + 2 * n + nstr != size) goto malformed;
    r = PyMem_Calloc(1, sizeof(Records));
    if (r == NULL) return PyErr_NoMemory();
    const unsigned char *data = raw;
    if (((uintptr_t)raw & 7u) != 0) {
        r->copy = PyMem_Malloc(size);
        if (r->copy == NULL) { records_free(r); return PyErr_NoMemory(); }
        memcpy(r->copy, raw, size);
        data = r->copy;
    }
    r->blob = Py_NewRef(blob);
    r->n = (uint32_t)n;
    r->nd = (uint32_t)nd;
    r->nstr = (uint32_t)nstr;
    r->d = (const double *)(data + 24);
    r->vec_off = (const uint32_t *)(r->d + nd);
    r->norm_off = r->vec_off + n;
    r->stem_off = r->norm_off + (n + 1);
    r->flags = (const uint16_t *)(r->stem_off + (n + 1));
    r->strs = (const unsigned char *)(r->flags + n);
    for (uint32_t i = 0; i < n; i++) {
        unsigned f = r->flags[i];
        if (f & ~0x77fu || (uint64_t)r->vec_off[i] + NL * (uint64_t)popcount9(f & 0x7fu) > nd) goto malformed;
        if (r->stem_off[i] > r->norm_off[i + 1] || r->norm_off[i + 1] > r->stem_off[i + 1]) goto malformed;
    }
    if (r->norm_off[0] != 0 || r->stem_off[0] != 0 || r->stem_off[n] != nstr) goto malformed;
    PyObject *capsule = PyCapsule_New(r, RECORDS_NAME, records_capsule_free);
    if (capsule == NULL) records_free(r);
    return capsule;
malformed:
    records_free(r);
    PyErr_SetString(PyExc_ValueError, "_fastner: not a store of entity records");
    return NULL;
}

static const Records *records_of(PyObject *capsule) {
    if (capsule == NULL || !PyCapsule_IsValid(capsule, RECORDS_NAME)) return NULL;
    return PyCapsule_GetPointer(capsule, RECORDS_NAME);
}

/* A stored record's row, or -1 with an error (a _StoredType whose row is not in the store). */
static Py_ssize_t stored_row(const Records *r, PyObject *rec) {
    Py_ssize_t row = PyLong_AsSsize_t(PyTuple_GET_ITEM(rec, S_ROW));
    if (row == -1 && PyErr_Occurred()) return -1;
    if (r == NULL || row < 0 || row >= (Py_ssize_t)r->n) {
        PyErr_SetString(PyExc_ValueError, "_fastner: a stored word type needs its store");
        return -1;
    }
    return row;
}

/* What _tag_words reads of one word: its five neighbours' records, its combination of gazetteer
 * classes and trigger state, and its stem-pair features (borrowed references, valid while the
 * records and the model's tables live, which is the whole call). */
typedef struct {
    PyObject *far_prev, *prev, *cur, *after, *far_after;
    PyObject *combo;        /* the list of scores of NerModel._combo */
    double combo_rise;
    PyObject *us, *ss_prev, *ss_next; /* _Pair or NULL */
    const Records *st;                 /* the store, when a record is a _StoredType */
    Py_ssize_t rows[5];                /* far_prev .. far_after: a stored record's row, or -1 */
    const double *us_st;               /* prev's us pair when prev is stored (NULL: none) */
} Parts;

static PyObject *field(PyObject *rec, int k) { return PyTuple_GET_ITEM(rec, k); }

static int check_record(PyObject *rec) {
    if (!PyTuple_Check(rec) || (PyTuple_GET_SIZE(rec) != W_FIELDS && PyTuple_GET_SIZE(rec) != S_FIELDS)) {
        PyErr_SetString(PyExc_TypeError, "_fastner: a word type must be a _WordType");
        return -1;
    }
    return 0;
}

/* A _Pair's dense weights and rise. */
static int read_pair(PyObject *pair, double *dense, double *rise) {
    if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2) {
        PyErr_SetString(PyExc_TypeError, "_fastner: a stem pair must be a _Pair");
        return -1;
    }
    if (read_row(PyTuple_GET_ITEM(pair, 0), dense) < 0) return -1;
    return rise == NULL ? 0 : as_double(PyTuple_GET_ITEM(pair, 1), rise);
}

/* mapping.get(key) for a dict (NULL when absent, with no error set). */
static int dict_get(PyObject *mapping, PyObject *key, PyObject **out) {
    if (!PyDict_Check(mapping)) {
        PyErr_SetString(PyExc_TypeError, "_fastner: the stem-pair tables must be dicts");
        return -1;
    }
    *out = PyDict_GetItemWithError(mapping, key);
    return (*out == NULL && PyErr_Occurred()) ? -1 : 0;
}

static int get_parts(PyObject **vecs, const Py_ssize_t *rows, Py_ssize_t i, PyObject *key, PyObject *combos,
                     PyObject *make_combo, PyObject **hold, Parts *p) {
    p->far_prev = vecs[i];
    p->prev = vecs[i + 1];
    p->cur = vecs[i + 2];
    p->after = vecs[i + 3];
    p->far_after = vecs[i + 4];
    for (int k = 0; k < 5; k++) p->rows[k] = rows[i + k];
    p->us_st = NULL;
    /* combos.get(key) or self._combo(key) */
    PyObject *got = PyDict_GetItemWithError(combos, key);
    if (got == NULL) {
        if (PyErr_Occurred()) return -1;
        got = PyObject_CallOneArg(make_combo, key);
        if (got == NULL) return -1;
        Py_XSETREF(*hold, got); /* kept alive until the next call (it is in combos as well) */
    }
    if (!PyTuple_Check(got) || PyTuple_GET_SIZE(got) != 2) {
        PyErr_SetString(PyExc_TypeError, "_fastner: a combination's sums must be (scores, rise)");
        return -1;
    }
    p->combo = PyTuple_GET_ITEM(got, 0);
    if (as_double(PyTuple_GET_ITEM(got, 1), &p->combo_rise) < 0) return -1;
    /* prev.us[cur.rare == "1"], prev.ss_prev.get(cur.stem), cur.ss_next.get(after.stem) */
    int rare = PyUnicode_Check(field(p->cur, W_RARE)) && PyUnicode_CompareWithASCIIString(field(p->cur, W_RARE), "1") == 0;
    if (p->rows[1] >= 0) { /* a stored record: its pair read in place */
        p->us = NULL;
        p->us_st = rec_part(p->st, p->rows[1], 5 + rare);
    } else {
        PyObject *us = field(p->prev, W_US);
        if (!PyTuple_Check(us) || PyTuple_GET_SIZE(us) != 2) {
            PyErr_SetString(PyExc_TypeError, "_fastner: a word type's us must be a pair");
            return -1;
        }
        p->us = PyTuple_GET_ITEM(us, rare);
        if (p->us == Py_None) p->us = NULL;
    }
    if (dict_get(field(p->prev, p->rows[1] >= 0 ? S_SS_PREV : W_SS_PREV), field(p->cur, W_STEM), &p->ss_prev) < 0)
        return -1;
    if (dict_get(field(p->cur, p->rows[2] >= 0 ? S_SS_NEXT : W_SS_NEXT), field(p->after, W_STEM), &p->ss_next) < 0)
        return -1;
    return 0;
}

/* The bound of _tag_words: the rises of the parts of a word's scores, added in its order. */
/* The rise of part k (0 own .. 4 two_after) of the record at position j (0 far_prev .. 4 far_after). */
static int rec_rise(const Parts *p, int j, int k, double *out) {
    PyObject *recs[5] = {p->far_prev, p->prev, p->cur, p->after, p->far_after};
    if (p->rows[j] >= 0) {
        *out = part_rise(rec_part(p->st, p->rows[j], k));
        return 0;
    }
    return as_double(field(recs[j], W_RISE_OWN + k), out);
}

/* Part k of the record at position j as NL doubles in out. */
static int rec_vec(const Parts *p, int j, int k, PyObject *zeros, double *out) {
    PyObject *recs[5] = {p->far_prev, p->prev, p->cur, p->after, p->far_after};
    if (p->rows[j] >= 0) {
        const double *v = rec_part(p->st, p->rows[j], k);
        if (v == NULL) memset(out, 0, NL * sizeof(double));
        else memcpy(out, v, NL * sizeof(double));
        return 0;
    }
    return read_row(field(recs[j], W_OWN + k), out);
}

/* Whether part k of the record at position j is the shared zeros (a stored record: has no part k). */
static int rec_zero(const Parts *p, int j, int k, PyObject *zeros) {
    PyObject *recs[5] = {p->far_prev, p->prev, p->cur, p->after, p->far_after};
    if (p->rows[j] >= 0) return rec_part(p->st, p->rows[j], k) == NULL;
    return field(recs[j], W_OWN + k) == zeros;
}

static int parts_rise(const Parts *p, double *out) {
    double r_own, r_before, r_after, r_tb, r_ta, r;
    if (rec_rise(p, 2, 0, &r_own) < 0 || rec_rise(p, 1, 1, &r_before) < 0 || rec_rise(p, 3, 2, &r_after) < 0 ||
        rec_rise(p, 0, 3, &r_tb) < 0 || rec_rise(p, 4, 4, &r_ta) < 0)
        return -1;
    double s = r_own + r_before;
    s += r_after;
    s += r_tb;
    s += r_ta;
    double rise = p->combo_rise + s;
    PyObject *pairs[3] = {p->us, p->ss_prev, p->ss_next};
    for (int k = 0; k < 3; k++) {
        if (k == 0 && p->us_st != NULL) {
            rise += part_rise(p->us_st);
            continue;
        }
        if (pairs[k] == NULL) continue;
        if (!PyTuple_Check(pairs[k]) || PyTuple_GET_SIZE(pairs[k]) != 2) {
            PyErr_SetString(PyExc_TypeError, "_fastner: a stem pair must be a _Pair");
            return -1;
        }
        if (as_double(PyTuple_GET_ITEM(pairs[k], 1), &r) < 0) return -1;
        rise += r;
    }
    *out = rise;
    return 0;
}

/* The scores of a word, as NerModel._row (and _summed_row) add them. */
static int parts_row(const Parts *p, PyObject *zeros, double *row) {
    double own[NL], before[NL], after[NL], combo[NL], dense[NL];
    if (rec_vec(p, 2, 0, zeros, own) < 0 || rec_vec(p, 1, 1, zeros, before) < 0 ||
        rec_vec(p, 3, 2, zeros, after) < 0 || read_row(p->combo, combo) < 0)
        return -1;
    if (rec_zero(p, 0, 3, zeros) && rec_zero(p, 4, 4, zeros)) {
        for (int y = 0; y < NL; y++) row[y] = own[y] + before[y] + after[y] + combo[y];
    } else {
        double two_before[NL], two_after[NL];
        if (rec_vec(p, 0, 3, zeros, two_before) < 0 || rec_vec(p, 4, 4, zeros, two_after) < 0) return -1;
        for (int y = 0; y < NL; y++) row[y] = own[y] + before[y] + after[y] + two_before[y] + two_after[y] + combo[y];
    }
    PyObject *pairs[3] = {p->us, p->ss_prev, p->ss_next};
    for (int k = 0; k < 3; k++) {
        if (k == 0 && p->us_st != NULL) {
            for (int y = 0; y < NL; y++) row[y] = row[y] + p->us_st[y];
            continue;
        }
        if (pairs[k] == NULL) continue;
        if (read_pair(pairs[k], dense, NULL) < 0) return -1;
        for (int y = 0; y < NL; y++) row[y] = row[y] + dense[y];
    }
    return 0;
}

static int popcount9(unsigned m) {
    int c = 0;
    for (; m; m &= m - 1) c++;
    return c;
}

static int lowest(unsigned m) {
    int y = 0;
    while (!((m >> y) & 1u)) y++;
    return y;
}

/* The labels of a candidate set, ascending (as the Python lists are kept). */
static int labels_of(unsigned m, int *out) {
    int k = 0;
    for (int y = 0; y < NL; y++) {
        if ((m >> y) & 1u) out[k++] = y;
    }
    return k;
}

/* _decode_island: Viterbi and max-marginals over words lo .. hi - 1. */
static void decode_island(const double *emit, const unsigned *cands, Py_ssize_t n, Py_ssize_t lo, Py_ssize_t hi,
                          double trans[NL][NL], const double *start, double *alphas, long *path, double *margins) {
    int labels[NL], nlabels[NL];
    int k0 = labels_of(cands[lo], labels);
    const double *first = lo == 0 ? start : trans[lowest(cands[lo - 1])];
    const double *e0 = emit + lo * NL;
    double *alpha = alphas; /* per word of the island, NL slots, the first k used */
    for (int i = 0; i < k0; i++) alpha[i] = first[labels[i]] + e0[labels[i]];
    Py_ssize_t len = hi - lo;
    int kp = k0;
    int plabels[NL];
    memcpy(plabels, labels, sizeof(labels));
    for (Py_ssize_t j = 1; j < len; j++) {
        const double *pa = alphas + (j - 1) * NL;
        double *na = alphas + j * NL;
        const double *et = emit + (lo + j) * NL;
        int k = labels_of(cands[lo + j], nlabels);
        for (int i = 0; i < k; i++) {
            int y = nlabels[i];
            double m = pa[0] + trans[plabels[0]][y];
            for (int q = 1; q < kp; q++) {
                double v = pa[q] + trans[plabels[q]][y];
                if (v > m) m = v;
            }
            na[i] = m + et[y];
        }
        memcpy(plabels, nlabels, sizeof(nlabels));
        kp = k;
    }
    /* Backward, from the last word: plabels now holds the last word's labels. */
    double beta[NL], nb[NL], after[NL], scores[NL];
    if (hi == n) {
        for (int i = 0; i < kp; i++) beta[i] = 0.0;
    } else {
        int after_label = lowest(cands[hi]);
        for (int i = 0; i < kp; i++) beta[i] = trans[plabels[i]][after_label];
    }
    int nk[NL];
    int knext = 0;
    for (Py_ssize_t j = len - 1; j >= 0; j--) {
        int k = labels_of(cands[lo + j], labels);
        if (j < len - 1) {
            const double *et = emit + (lo + j + 1) * NL;
            for (int q = 0; q < knext; q++) after[q] = et[nk[q]] + beta[q];
            for (int i = 0; i < k; i++) {
                int y = labels[i];
                double m = trans[y][nk[0]] + after[0];
                for (int q = 1; q < knext; q++) {
                    double v = trans[y][nk[q]] + after[q];
                    if (v > m) m = v;
                }
                nb[i] = m;
            }
            memcpy(beta, nb, sizeof(nb));
        }
        const double *a = alphas + j * NL;
        for (int i = 0; i < k; i++) scores[i] = a[i] + beta[i];
        double top = max_of(scores, k);
        int best = 0;
        while (!(scores[best] == top)) best++; /* list.index: the first equal */
        path[lo + j] = labels[best];
        scores[best] = NEG;
        margins[lo + j] = top - max_of(scores, k);
        memcpy(nk, labels, sizeof(labels));
        knext = k;
    }
}

/* _longest_entity: the words of the longest entity in path[lo:hi]. */
static Py_ssize_t longest_entity(const long *path, Py_ssize_t lo, Py_ssize_t hi) {
    Py_ssize_t longest = 0, run = 0;
    for (Py_ssize_t t = lo; t < hi; t++) {
        long y = path[t];
        run = IS_INSIDE(y) ? run + 1 : (y == 0 ? 0 : 1);
        if (run > longest) longest = run;
    }
    return longest;
}

static int read_matrix(PyObject *trans, PyObject *start, double t[NL][NL], double *s) {
    if (!PyList_Check(trans) || PyList_GET_SIZE(trans) != NL || !PyList_Check(start) || PyList_GET_SIZE(start) != NL) {
        PyErr_SetString(PyExc_TypeError, "_fastner: the transitions must be lists of one row per label");
        return -1;
    }
    for (int p = 0; p < NL; p++) {
        if (read_row(PyList_GET_ITEM(trans, p), t[p]) < 0) return -1;
    }
    return read_row(start, s);
}

/* tag(vecs, keys, combos, make_combo, trans, start, gap, limit, most, zeros) -> (path, margins) or None */
static PyObject *tag(PyObject *self, PyObject *args) {
    PyObject *vecs_obj, *keys, *combos, *make_combo, *trans_obj, *start_obj, *zeros, *store = Py_None;
    double gap, limit;
    Py_ssize_t most;
    if (!PyArg_ParseTuple(args, "O!O!O!OOOddnO|O:tag", &PyList_Type, &vecs_obj, &PyList_Type, &keys, &PyDict_Type,
                          &combos, &make_combo, &trans_obj, &start_obj, &gap, &limit, &most, &zeros, &store))
        return NULL;
    const Records *st = store == Py_None ? NULL : records_of(store);
    if (store != Py_None && st == NULL) {
        PyErr_SetString(PyExc_TypeError, "_fastner: not a store of entity records");
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(keys);
    if (PyList_GET_SIZE(vecs_obj) != n + 4) {
        PyErr_SetString(PyExc_ValueError, "_fastner: vecs must hold two sentence ends on each side of the words");
        return NULL;
    }
    PyObject **vecs = PySequence_Fast_ITEMS(vecs_obj);
    Py_ssize_t *rows = PyMem_Malloc((size_t)(n + 4) * sizeof(Py_ssize_t));
    if (rows == NULL) return PyErr_NoMemory();
    for (Py_ssize_t i = 0; i < n + 4; i++) {
        if (check_record(vecs[i]) < 0) { PyMem_Free(rows); return NULL; }
        rows[i] = PyTuple_GET_SIZE(vecs[i]) == S_FIELDS ? stored_row(st, vecs[i]) : -1;
        if (rows[i] == -1 && PyErr_Occurred()) { PyMem_Free(rows); return NULL; }
    }
    double trans[NL][NL], start[NL];
    if (read_matrix(trans_obj, start_obj, trans, start) < 0) { PyMem_Free(rows); return NULL; }

    PyObject *result = NULL, *hold = NULL, *path_list = NULL, *margin_list = NULL;
    double *emit = PyMem_Malloc((size_t)(n ? n : 1) * NL * sizeof(double));
    double *alphas = PyMem_Malloc((size_t)(n ? n : 1) * NL * sizeof(double));
    double *margins = PyMem_Malloc((size_t)(n ? n : 1) * sizeof(double));
    long *path = PyMem_Malloc((size_t)(n ? n : 1) * sizeof(long));
    unsigned *cands = PyMem_Malloc((size_t)(n ? n : 1) * sizeof(unsigned));
    unsigned *need = PyMem_Malloc((size_t)(n ? n : 1) * sizeof(unsigned));
    char *scored = PyMem_Malloc((size_t)(n ? n : 1));
    if (!emit || !alphas || !margins || !path || !cands || !need || !scored) {
        PyErr_NoMemory();
        goto done;
    }
    Parts p;
    p.st = st;
    for (Py_ssize_t i = 0; i < n; i++) {
        double rise, *row = emit + i * NL;
        need[i] = 0;
        if (get_parts(vecs, rows, i, PyList_GET_ITEM(keys, i), combos, make_combo, &hold, &p) < 0 || parts_rise(&p, &rise) < 0)
            goto done;
        if (rise < limit) {
            scored[i] = 0;
            cands[i] = 1u;
            continue;
        }
        if (parts_row(&p, zeros, row) < 0) goto done;
        scored[i] = 1;
        /* _admit */
        double floor = row[0] - gap;
        if (max_of(row + 1, NL - 1) < floor) {
            cands[i] = 1u;
            continue;
        }
        unsigned kept = 0;
        for (int y = 0; y < NL; y++) {
            if (row[y] >= floor) kept |= 1u << y;
        }
        cands[i] = kept;
        if (i) need[i] = kept & INSIDE_MASK;
    }
    /* _open, from the last word back; a word opened so is scored as _row does. */
    for (Py_ssize_t t = n - 1; t >= 1; t--) {
        if (!need[t]) continue;
        for (int y = 0; y < NL; y++) {
            if ((need[t] >> y) & 1u) cands[t - 1] |= (1u << (y - 1)) | (1u << y);
        }
        if (!scored[t - 1]) {
            if (get_parts(vecs, rows, t - 1, PyList_GET_ITEM(keys, t - 1), combos, make_combo, &hold, &p) < 0 ||
                parts_row(&p, zeros, emit + (t - 1) * NL) < 0)
                goto done;
            scored[t - 1] = 1;
        }
    }
    if (n) cands[0] &= ~INSIDE_MASK;
    /* _decode_stretches */
    for (Py_ssize_t t = 0; t < n;) {
        if (popcount9(cands[t]) == 1) {
            path[t] = lowest(cands[t]);
            margins[t] = gap;
            t++;
            continue;
        }
        Py_ssize_t end = t + 1;
        while (end < n && popcount9(cands[end]) > 1) end++;
        decode_island(emit, cands, n, t, end, trans, start, alphas, path, margins);
        if (end - t > most && longest_entity(path, t, end) > most) {
            result = Py_NewRef(Py_None); /* _decode_island_bounded: the caller tags the sentence in Python */
            goto done;
        }
        t = end;
    }
    path_list = PyList_New(n);
    margin_list = PyList_New(n);
    if (path_list == NULL || margin_list == NULL) goto done;
    for (Py_ssize_t t = 0; t < n; t++) {
        PyObject *y = PyLong_FromLong(path[t]);
        PyObject *m = PyFloat_FromDouble(margins[t]);
        if (y == NULL || m == NULL) {
            Py_XDECREF(y);
            Py_XDECREF(m);
            goto done;
        }
        PyList_SET_ITEM(path_list, t, y);
        PyList_SET_ITEM(margin_list, t, m);
    }
    result = PyTuple_Pack(2, path_list, margin_list);
done:
    Py_XDECREF(path_list);
    Py_XDECREF(margin_list);
    Py_XDECREF(hold);
    PyMem_Free(rows);
    PyMem_Free(emit);
    PyMem_Free(alphas);
    PyMem_Free(margins);
    PyMem_Free(path);
    PyMem_Free(cands);
    PyMem_Free(need);
    PyMem_Free(scored);
    return result;
}

/* weight_pairs(flat) -> {feature: ((label, weight), ...)}
 *
 * NerModel.from_dict's loop: for each feature of the dict `flat`, in its order,
 * tuple(zip(map(int, xs[0::2]), map(float, xs[1::2]), strict=True)). int() and float() are
 * PyNumber_Long and PyNumber_Float (an int or a float is kept as the same object, as Python does);
 * an odd number of values raises ValueError, as zip(strict=True) does. */
static PyObject *weight_pairs(PyObject *self, PyObject *args) {
    PyObject *flat;
    if (!PyArg_ParseTuple(args, "O!:weight_pairs", &PyDict_Type, &flat)) return NULL;
    PyObject *out = PyDict_New();
    if (out == NULL) return NULL;
    Py_ssize_t pos = 0;
    PyObject *feat, *values;
    while (PyDict_Next(flat, &pos, &feat, &values)) {
        PyObject *seq = PySequence_Fast(values, "_fastner: a feature's weights must be a sequence");
        if (seq == NULL) goto fail;
        Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
        if (n % 2) {
            Py_DECREF(seq);
            PyErr_SetString(PyExc_ValueError, "_fastner: a feature's weights must be pairs of label and weight");
            goto fail;
        }
        PyObject **items = PySequence_Fast_ITEMS(seq);
        PyObject *wl = PyTuple_New(n / 2);
        if (wl == NULL) { Py_DECREF(seq); goto fail; }
        for (Py_ssize_t k = 0; k < n / 2; k++) {
            PyObject *y = PyNumber_Long(items[2 * k]);
            if (y == NULL) { Py_DECREF(wl); Py_DECREF(seq); goto fail; }
            PyObject *w = PyNumber_Float(items[2 * k + 1]);
            if (w == NULL) { Py_DECREF(y); Py_DECREF(wl); Py_DECREF(seq); goto fail; }
            PyObject *pair = PyTuple_New(2);
            if (pair == NULL) { Py_DECREF(y); Py_DECREF(w); Py_DECREF(wl); Py_DECREF(seq); goto fail; }
            PyTuple_SET_ITEM(pair, 0, y);
            PyTuple_SET_ITEM(pair, 1, w);
            PyTuple_SET_ITEM(wl, k, pair);
        }
        Py_DECREF(seq);
        int bad = PyDict_SetItem(out, feat, wl);
        Py_DECREF(wl);
        if (bad < 0) goto fail;
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* _pair: a feature's weights as one value per label (0.0 where it has none), in a `pair_type`
 * (perceptron._Pair) with their rise max(dense[1:]) - dense[0]. A label index is taken as a
 * Python list index would take it (-1 is the last label). */
/* pair_type(dense, rise) of the sums d (added[y]: whether any weight was added to label y). */
static PyObject *make_pair(const double *d, const int *added, PyObject *pair_type) {
    PyObject *dense = PyTuple_New(NL);
    if (dense == NULL) return NULL;
    for (int y = 0; y < NL; y++) {
        /* A label nothing was added to holds one shared 0.0, as Python's [0.0] * n does (44,000
         * pairs of 9 labels: 9 MB of separate floats otherwise). */
        PyObject *v = added[y] ? PyFloat_FromDouble(d[y]) : Py_NewRef(F_ZERO);
        if (v == NULL) { Py_DECREF(dense); return NULL; }
        PyTuple_SET_ITEM(dense, y, v);
    }
    PyObject *rise = PyFloat_FromDouble(max_of(d + 1, NL - 1) - d[0]);
    if (rise == NULL) { Py_DECREF(dense); return NULL; }
    PyObject *out = PyObject_CallFunctionObjArgs(pair_type, dense, rise, NULL);
    Py_DECREF(dense);
    Py_DECREF(rise);
    return out;
}

static PyObject *dense_pair(PyObject *wl, PyObject *pair_type) {
    if (!PyTuple_Check(wl)) {
        PyErr_SetString(PyExc_TypeError, "_fastner: a feature's weights must be a tuple of (label, weight)");
        return NULL;
    }
    double d[NL] = {0.0};
    int added[NL] = {0};
    Py_ssize_t nw = PyTuple_GET_SIZE(wl);
    for (Py_ssize_t k = 0; k < nw; k++) {
        PyObject *pair = PyTuple_GET_ITEM(wl, k);
        if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2) {
            PyErr_SetString(PyExc_TypeError, "_fastner: a feature's weights must be a tuple of (label, weight)");
            return NULL;
        }
        Py_ssize_t y = PyLong_AsSsize_t(PyTuple_GET_ITEM(pair, 0));
        double w;
        if ((y == -1 && PyErr_Occurred()) || as_double(PyTuple_GET_ITEM(pair, 1), &w) < 0) return NULL;
        if (y < 0) y += NL;
        if (y < 0 || y >= NL) {
            PyErr_SetString(PyExc_IndexError, "list index out of range");
            return NULL;
        }
        d[y] += w;
        added[y] = 1;
    }
    return make_pair(d, added, pair_type);
}

/* pair_tables(weights, prefix, pair_type) -> {a: {b: pair}}
 *
 * _pair_tables: every feature `prefix + pair` of `weights` (in its order) filed under each split of
 * `pair` at a "|", table[pair[:k]][pair[k + 1:]], all splits sharing one pair_type value. */
static PyObject *pair_tables(PyObject *self, PyObject *args) {
    PyObject *weights, *prefix, *pair_type;
    if (!PyArg_ParseTuple(args, "O!UO:pair_tables", &PyDict_Type, &weights, &prefix, &pair_type)) return NULL;
    PyObject *tables = PyDict_New();
    if (tables == NULL) return NULL;
    Py_ssize_t cut = PyUnicode_GET_LENGTH(prefix);
    Py_ssize_t pos = 0;
    PyObject *feat, *wl;
    while (PyDict_Next(weights, &pos, &feat, &wl)) {
        if (!PyUnicode_Check(feat)) {
            PyErr_SetString(PyExc_TypeError, "_fastner: a feature must be a str");
            goto fail;
        }
        Py_ssize_t len = PyUnicode_GET_LENGTH(feat);
        if (len < cut || PyUnicode_Tailmatch(feat, prefix, 0, cut, -1) != 1) continue;
        PyObject *dense = dense_pair(wl, pair_type);
        if (dense == NULL) goto fail;
        Py_ssize_t k = PyUnicode_FindChar(feat, '|', cut, len, 1);
        while (k >= 0) {
            if (k == -2) { Py_DECREF(dense); goto fail; }
            PyObject *a = PyUnicode_Substring(feat, cut, k);
            PyObject *b = a == NULL ? NULL : PyUnicode_Substring(feat, k + 1, len);
            if (b == NULL) { Py_XDECREF(a); Py_DECREF(dense); goto fail; }
            PyObject *inner = PyDict_GetItemWithError(tables, a); /* borrowed */
            if (inner == NULL) {
                if (PyErr_Occurred() || (inner = PyDict_New()) == NULL) {
                    Py_DECREF(a); Py_DECREF(b); Py_DECREF(dense); goto fail;
                }
                int bad = PyDict_SetItem(tables, a, inner);
                Py_DECREF(inner); /* the table holds it */
                if (bad < 0) { Py_DECREF(a); Py_DECREF(b); Py_DECREF(dense); goto fail; }
            }
            int bad = PyDict_SetItem(inner, b, dense);
            Py_DECREF(a);
            Py_DECREF(b);
            if (bad < 0) { Py_DECREF(dense); goto fail; }
            k = PyUnicode_FindChar(feat, '|', k + 1, len, 1);
        }
        Py_DECREF(dense);
    }
    return tables;
fail:
    Py_DECREF(tables);
    return NULL;
}

/* untrack(obj) -> int: `obj` taken off the cyclic collector's lists as far as it holds only atoms
 * (session 21, speed21y): the number of objects untracked.
 *
 * An atom, to the collector, is an object it does not track: a str, a float, an int, or a container
 * taken off its lists. untrack takes off an exact dict, a tuple (exact, or a subclass with nothing
 * but the tuple's items: no __dict__, no slots, as a NamedTuple) and an exact frozenset, each once
 * all it holds are atoms, the containers in it (to `depth` levels) first. A list, a set, any other
 * object, and every container holding one, stays on the lists.
 *
 * What a model or lexicon loads once and keeps holds no reference cycle, and reference counting
 * frees it; tracked, every full collection walks it again, and a process's first pass over 300
 * articles makes one full collection after the load (0.03 CPU s, most of it the name lists'
 * frozensets of distinct strings, each entry a cache miss). CPython untracks an exact tuple of atoms
 * at a collection and a dict of atoms at a full collection, never a tuple subclass or a frozenset;
 * nothing here changes how the collector runs (its thresholds, whether it is on, what is frozen). A
 * dict given a tracked value later is tracked again by CPython; a tuple and a frozenset never change. */
static int untrack_in(PyObject *o, int depth, Py_ssize_t *n);

static int gc_atom(PyObject *o) { return !PyObject_IS_GC(o) || !PyObject_GC_IsTracked(o); }

static int untrack_item(PyObject *o, int depth, Py_ssize_t *n) {
    return gc_atom(o) || (depth > 0 && untrack_in(o, depth - 1, n));
}

static int untrack_in(PyObject *o, int depth, Py_ssize_t *n) {
    PyTypeObject *t = Py_TYPE(o);
    if (PyDict_CheckExact(o)) {
        Py_ssize_t pos = 0;
        PyObject *k, *v;
        int atoms = 1;
        while (PyDict_Next(o, &pos, &k, &v)) /* every value is visited, even after a non-atom */
            if (!untrack_item(v, depth, n) || !gc_atom(k)) atoms = 0;
        if (!atoms) return 0;
    } else if (PyTuple_Check(o) && t->tp_dictoffset == 0 && t->tp_basicsize == PyTuple_Type.tp_basicsize) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(o); i++)
            if (!untrack_item(PyTuple_GET_ITEM(o, i), depth, n)) return 0;
    } else if (PyFrozenSet_CheckExact(o)) {
        PyObject *it = PyObject_GetIter(o), *item;
        if (it == NULL) { PyErr_Clear(); return 0; }
        int atoms = 1;
        while (atoms && (item = PyIter_Next(it)) != NULL) {
            atoms = untrack_item(item, depth, n);
            Py_DECREF(item);
        }
        Py_DECREF(it);
        if (PyErr_Occurred()) { PyErr_Clear(); return 0; } /* (a frozenset's iterator never fails) */
        if (!atoms) return 0;
    } else {
        return 0;
    }
    if (PyObject_GC_IsTracked(o)) {
        PyObject_GC_UnTrack(o);
        (*n)++;
    }
    return 1;
}

static PyObject *untrack(PyObject *self, PyObject *obj) {
    Py_ssize_t n = 0;
    if (!gc_atom(obj)) untrack_in(obj, 4, &n);
    return PyLong_FromSsize_t(n);
}

/* A new str of `a` + `b` (either may be NULL: then NULL, the error already set). */
static PyObject *cat(PyObject *a, PyObject *b) {
    if (a == NULL || b == NULL) return NULL;
    return PyUnicode_Concat(a, b);
}

/* s[start:end] with Python's slicing of a str (negative and too large bounds clipped). */
static PyObject *slice(PyObject *s, Py_ssize_t start, Py_ssize_t end) {
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    if (start < 0) start = start + n < 0 ? 0 : start + n;
    if (end < 0) end = end + n < 0 ? 0 : end + n;
    if (start > n) start = n;
    if (end > n) end = n;
    if (end < start) end = start;
    return PyUnicode_Substring(s, start, end);
}


/* The weights dict laid out for look-ups (weight_table). An entry per feature: its key (a strong
 * reference) and where its pairs are, labels[start:start + n] and weights[...], in the tuple's order.
 * Open addressing over the keys' str hashes: a slot holds the entry's index + 1 (0: empty) and 32
 * more bits of the hash, so that most misses read one slot and nothing else. */
typedef struct {
    uint32_t tag;   /* the hash's high 32 bits */
    uint32_t entry; /* index + 1; 0: an empty slot */
} Slot;

typedef struct {
    PyObject *key;
    uint32_t start, n;
} Entry;

typedef struct {
    PyObject *source;  /* the dict it was built from (a strong reference) */
    Py_ssize_t size;   /* len(source) when built */
    size_t mask;       /* number of slots - 1 */
    Slot *slots;
    Entry *entries;
    unsigned char *labels;
    double *weights;
} Table;

#define TABLE_NAME "arabicnews.core._fastner.weight_table"

static void table_free(Table *t) {
    if (t == NULL) return;
    if (t->entries != NULL) {
        for (Py_ssize_t i = 0; i < t->size; i++) Py_XDECREF(t->entries[i].key);
    }
    Py_XDECREF(t->source);
    PyMem_Free(t->slots);
    PyMem_Free(t->entries);
    PyMem_Free(t->labels);
    PyMem_Free(t->weights);
    PyMem_Free(t);
}

static void table_capsule_free(PyObject *capsule) {
    table_free((Table *)PyCapsule_GetPointer(capsule, TABLE_NAME));
}

static uint32_t hash_tag(Py_hash_t h) { return (uint32_t)(((uint64_t)h) >> 32); }

/* Whether two exact strs are equal (both canonical: the same kind and bytes when equal). */
static int same_str(PyObject *a, PyObject *b) {
    if (a == b) return 1;
    Py_ssize_t n = PyUnicode_GET_LENGTH(a);
    if (n != PyUnicode_GET_LENGTH(b)) return 0;
    if (PyUnicode_KIND(a) != PyUnicode_KIND(b)) return PyUnicode_Compare(a, b) == 0;
    return memcmp(PyUnicode_DATA(a), PyUnicode_DATA(b), (size_t)n * PyUnicode_KIND(a)) == 0;
}

/* The entry of `key` (an exact str whose hash is `h`), or -1. */
static Py_ssize_t table_find(const Table *t, PyObject *key, Py_hash_t h) {
    uint32_t tag = hash_tag(h);
    for (size_t i = (size_t)h & t->mask;; i = (i + 1) & t->mask) {
        Slot s = t->slots[i];
        if (s.entry == 0) return -1;
        if (s.tag == tag && same_str(t->entries[s.entry - 1].key, key)) return (Py_ssize_t)s.entry - 1;
    }
}

/* weight_table(weights) -> a capsule, or None when a key or value is not what the look-ups read
 * (a key not an exact str, a value not a tuple of (int label in range, float-convertible weight)
 * pairs): then word_record looks up the dict itself, which raises as before where such a feature
 * is met. */
static PyObject *weight_table(PyObject *self, PyObject *args) {
    PyObject *weights;
    if (!PyArg_ParseTuple(args, "O!", &PyDict_Type, &weights)) return NULL;
    Py_ssize_t n = PyDict_GET_SIZE(weights);
    if (n >= (Py_ssize_t)0x7fffffff) Py_RETURN_NONE;
    Py_ssize_t npairs = 0, pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(weights, &pos, &key, &value)) {
        if (!PyUnicode_CheckExact(key) || !PyTuple_CheckExact(value)) Py_RETURN_NONE;
        npairs += PyTuple_GET_SIZE(value);
    }
    if (npairs >= (Py_ssize_t)0xffffffff) Py_RETURN_NONE;
    size_t nslots = 8;
    while (nslots < (size_t)n + (size_t)n / 2 + 1) nslots <<= 1; /* at most two thirds full */
    Table *t = PyMem_Calloc(1, sizeof(Table));
    if (t == NULL) return PyErr_NoMemory();
    t->mask = nslots - 1;
    t->slots = PyMem_Calloc(nslots, sizeof(Slot));
    t->entries = PyMem_Calloc(n > 0 ? (size_t)n : 1, sizeof(Entry));
    t->labels = PyMem_Calloc(npairs > 0 ? (size_t)npairs : 1, 1);
    t->weights = PyMem_Calloc(npairs > 0 ? (size_t)npairs : 1, sizeof(double));
    if (t->slots == NULL || t->entries == NULL || t->labels == NULL || t->weights == NULL) {
        table_free(t);
        return PyErr_NoMemory();
    }
    Py_ssize_t i = 0, k = 0;
    pos = 0;
    while (PyDict_Next(weights, &pos, &key, &value)) {
        if (i >= n || !PyUnicode_CheckExact(key) || !PyTuple_CheckExact(value)) goto unfit; /* changed meanwhile */
        Py_ssize_t nw = PyTuple_GET_SIZE(value);
        if (k + nw > npairs) goto unfit;
        t->entries[i].start = (uint32_t)k;
        t->entries[i].n = (uint32_t)nw;
        for (Py_ssize_t j = 0; j < nw; j++, k++) {
            PyObject *pair = PyTuple_GET_ITEM(value, j);
            /* exact ints and floats only: converting them runs no Python code (nothing can change
             * the dict while it is read), and gives what add_feature's conversions give */
            if (!PyTuple_CheckExact(pair) || PyTuple_GET_SIZE(pair) != 2) goto unfit;
            PyObject *label = PyTuple_GET_ITEM(pair, 0), *weight = PyTuple_GET_ITEM(pair, 1);
            if (!PyLong_CheckExact(label) || !(PyFloat_CheckExact(weight) || PyLong_CheckExact(weight))) goto unfit;
            Py_ssize_t y = PyLong_AsSsize_t(label);
            double w;
            if ((y == -1 && PyErr_Occurred()) || as_double(weight, &w) < 0) {
                PyErr_Clear();
                goto unfit;
            }
            if (y < 0 || y >= NL) goto unfit;
            t->labels[k] = (unsigned char)y;
            t->weights[k] = w;
        }
        Py_hash_t h = PyObject_Hash(key); /* a str's hash: cached in it, never -1 */
        if (h == -1) goto fail;
        size_t s = (size_t)h & t->mask;
        while (t->slots[s].entry != 0) s = (s + 1) & t->mask; /* keys are distinct: a dict's */
        t->slots[s].tag = hash_tag(h);
        t->slots[s].entry = (uint32_t)(i + 1);
        t->entries[i].key = Py_NewRef(key);
        i++;
    }
    if (i != n) goto unfit;
    t->size = n;
    t->source = Py_NewRef(weights);
    PyObject *capsule = PyCapsule_New(t, TABLE_NAME, table_capsule_free);
    if (capsule == NULL) table_free(t);
    return capsule;
unfit:
    t->size = i;
    table_free(t);
    Py_RETURN_NONE;
fail:
    t->size = i;
    table_free(t);
    return NULL;
}

/* The table in `capsule` when it was built from `weights` and the dict has its size still, else NULL
 * (no error: the dict is looked up instead). */
static const Table *table_for(PyObject *capsule, PyObject *weights) {
    if (capsule == NULL || !PyCapsule_IsValid(capsule, TABLE_NAME)) return NULL;
    const Table *t = PyCapsule_GetPointer(capsule, TABLE_NAME);
    if (t == NULL || t->source != weights || PyDict_GET_SIZE(weights) != t->size) return NULL;
    return t;
}

/* Feature strings are looked up one by one and dropped: a group is a running sum. */
typedef struct {
    double s[NL];
    int have;
} Group;

/* Where word_record looks its features up: the table when it has one for the dict, else the dict. */
typedef struct Packed Packed;

typedef struct {
    PyObject *weights;
    const Table *table;
    const Packed *packed; /* when set, the weights' only source (`weights` is not read) */
} Look;

static Py_ssize_t packed_find(const Packed *p, PyObject *key);
static Py_ssize_t packed_find_hashed(const Packed *p, PyObject *key, uint64_t h);
static uint64_t str_hash(PyObject *key);
static void packed_add(const Packed *p, Py_ssize_t e, double *s);
typedef struct Batch Batch;
static int packed_batch_run(const Packed *pk, Batch *b);

/* Add the weights of `feat` (a new reference, stolen; NULL: an error is set) to `g`. */
static int add_feature(const Look *look, PyObject *feat, Group *g) {
    if (feat == NULL) return -1;
    if (look->packed != NULL) {
        Py_ssize_t e = PyUnicode_CheckExact(feat) ? packed_find(look->packed, feat) : -1;
        Py_DECREF(feat);
        if (e < 0) return 0;
        g->have = 1;
        packed_add(look->packed, e, g->s);
        return 0;
    }
    const Table *t = look->table;
    if (t != NULL && PyUnicode_CheckExact(feat)) {
        Py_hash_t h = PyObject_Hash(feat);
        Py_ssize_t e = h == -1 ? -1 : table_find(t, feat, h);
        Py_DECREF(feat);
        if (h == -1) return -1;
        if (e < 0) return 0;
        g->have = 1;
        const Entry *en = &t->entries[e];
        for (uint32_t k = en->start, end = en->start + en->n; k < end; k++) g->s[t->labels[k]] += t->weights[k];
        return 0;
    }
    PyObject *weights = look->weights;
    PyObject *wl = PyDict_GetItemWithError(weights, feat);
    Py_DECREF(feat);
    if (wl == NULL) return PyErr_Occurred() ? -1 : 0;
    if (!PyTuple_Check(wl)) {
        PyErr_SetString(PyExc_TypeError, "_fastner: a feature's weights must be a tuple of (label, weight)");
        return -1;
    }
    g->have = 1;
    Py_ssize_t nw = PyTuple_GET_SIZE(wl);
    for (Py_ssize_t k = 0; k < nw; k++) {
        PyObject *pair = PyTuple_GET_ITEM(wl, k);
        if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2) {
            PyErr_SetString(PyExc_TypeError, "_fastner: a feature's weights must be a tuple of (label, weight)");
            return -1;
        }
        Py_ssize_t y = PyLong_AsSsize_t(PyTuple_GET_ITEM(pair, 0));
        double w;
        if ((y == -1 && PyErr_Occurred()) || as_double(PyTuple_GET_ITEM(pair, 1), &w) < 0) return -1;
        if (y < 0 || y >= NL) {
            PyErr_SetString(PyExc_IndexError, "_fastner: a weight's label index is out of range");
            return -1;
        }
        g->s[y] += w;
    }
    return 0;
}

/* A record's feature strings, gathered before any is looked up (session 15, speed20s). A new word
 * type's ~30 look-ups each follow a chain of cache misses (its slot, its entry, the key to compare,
 * the weights), and one after the other those chains were most of a record's time: gathered, the
 * slots, then the entries, then the keys and weights of all of them are prefetched, so that their
 * misses overlap. The prefetches are hints only: each feature is then added by add_feature, in the
 * order gathered, exactly as it was added one by one (the same sums, the same errors). */
#if defined(__GNUC__) || defined(__clang__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif
#define MAX_FEATS 48

struct Batch {
    PyObject *feat[MAX_FEATS];
    Group *group[MAX_FEATS];
    int n;
};

/* Keep `feat` (a new reference, stolen; NULL: an error is set) to be added to `g`. */
static int batch_add(Batch *b, PyObject *feat, Group *g) {
    if (feat == NULL) return -1;
    if (b->n == MAX_FEATS) {
        Py_DECREF(feat);
        PyErr_SetString(PyExc_RuntimeError, "_fastner: more features than a record gathers");
        return -1;
    }
    b->feat[b->n] = feat;
    b->group[b->n] = g;
    b->n++;
    return 0;
}

static void batch_clear(Batch *b) {
    for (int i = 0; i < b->n; i++) Py_DECREF(b->feat[i]);
    b->n = 0;
}

/* The slot `h` starts its probe at, when it holds an entry of the same tag (the likely one), else NULL. */
static const Entry *likely_entry(const Table *t, Py_hash_t h) {
    Slot s = t->slots[(size_t)h & t->mask];
    return (s.entry != 0 && s.tag == hash_tag(h)) ? &t->entries[s.entry - 1] : NULL;
}

/* Add every gathered feature to its group (add_feature, in order), after prefetching what the
 * table's look-ups will read. The batch is empty after. */
static int batch_run(const Look *look, Batch *b) {
    const Table *t = look->table;
    if (t != NULL) {
        Py_hash_t h[MAX_FEATS];
        int n = 0;
        for (; n < b->n && PyUnicode_CheckExact(b->feat[n]); n++) {
            h[n] = PyObject_Hash(b->feat[n]); /* computed once: cached in the str for add_feature */
            if (h[n] == -1) {
                batch_clear(b);
                return -1;
            }
        }
        for (int i = 0; i < n; i++) PREFETCH(&t->slots[(size_t)h[i] & t->mask]);
        for (int i = 0; i < n; i++) {
            const Entry *en = likely_entry(t, h[i]);
            if (en != NULL) PREFETCH(en);
        }
        for (int i = 0; i < n; i++) {
            const Entry *en = likely_entry(t, h[i]);
            if (en != NULL) {
                PREFETCH(en->key);
                PREFETCH(&t->labels[en->start]);
                PREFETCH(&t->weights[en->start]);
            }
        }
    }
    if (look->packed != NULL) return packed_batch_run(look->packed, b);
    int rc = 0;
    for (int i = 0; i < b->n; i++) {
        if (rc == 0)
            rc = add_feature(look, b->feat[i], b->group[i]);
        else
            Py_DECREF(b->feat[i]);
    }
    b->n = 0;
    return rc;
}

/* A word type's record and its parts, taken off the cyclic collector's lists (session 14, speed20q).
 * A record holds strings, floats, arrays of doubles, pairs of those and the model's own stem-pair
 * dicts, none of which ever refers back to it: it can be in no reference cycle, and reference
 * counting frees it (CPython untracks a tuple of atoms the same way). Tracked, the 26,000 records of
 * 300 news articles and their 90,000 arrays made three fifths of what every young and middle
 * collection walked again. `o` is returned (NULL stays NULL). */
static PyObject *untracked(PyObject *o) {
    if (o != NULL && PyObject_IS_GC(o)) PyObject_GC_UnTrack(o);
    return o;
}

/* A group's vector and rise as word_sums makes them (new references in *vec, *rise). */
static int group_result(const Group *g, PyObject *zeros, PyObject *zero, PyObject **vec, PyObject **rise) {
    if (!g->have) {
        *vec = Py_NewRef(zeros);
        *rise = Py_NewRef(zero);
        return 0;
    }
    PyObject *v = PySequence_Repeat(zeros, 1); /* a new array('d') of NL zeros */
    if (v == NULL) return -1;
    Py_buffer view;
    if (v == zeros || PyObject_GetBuffer(v, &view, PyBUF_WRITABLE | PyBUF_FORMAT | PyBUF_C_CONTIGUOUS) < 0) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "_fastner: zeros must be an array('d')");
        Py_DECREF(v);
        return -1;
    }
    if (view.format == NULL || strcmp(view.format, "d") != 0 || view.len != (Py_ssize_t)sizeof(g->s)) {
        PyBuffer_Release(&view);
        Py_DECREF(v);
        PyErr_SetString(PyExc_TypeError, "_fastner: zeros must be an array('d') of one value per label");
        return -1;
    }
    memcpy(view.buf, g->s, sizeof(g->s));
    PyBuffer_Release(&view);
    double r = max_of(g->s + 1, NL - 1) - g->s[0];
    PyObject *ro = r == 0.0 ? Py_NewRef(zero) : PyFloat_FromDouble(r);
    if (ro == NULL) { Py_DECREF(v); return -1; }
    *vec = untracked(v);
    *rise = ro;
    return 0;
}

/* The stored form of a model's weights (pack.py's pack_weights, session 19): one bytes object,
 * little-endian, read where it lies:
 *   "ANWTS001"; uint32 n (features), uint32 npairs, uint64 key bytes;
 *   uint32 key_off[n + 1] (byte offsets of each feature's UTF-8 in the keys);
 *   uint32 pair_start[n + 1] (feature i's pairs are pair_start[i] .. pair_start[i + 1] - 1);
 *   double weights[npairs]; uint8 labels[npairs]; the keys' UTF-8.
 * packed_table checks every offset and label once and builds the slots (the only memory it
 * allocates: 8 bytes a slot, found by the code points' hash), so that a look-up reads no Python
 * object but the str it looks up. */
struct Packed {
    PyObject *blob;      /* the bytes it reads (a strong reference) */
    unsigned char *copy; /* an aligned copy of the blob's data, when its data was not 8-aligned */
    uint32_t n, npairs;
    const uint32_t *key_off, *pair_start;
    const double *weights;
    const int64_t *ints; /* a map of ints (packed_ints): one value a key; no pairs */
    const unsigned char *labels, *keys;
    size_t mask;
    Slot *slots;
};

#define PACKED_NAME "arabicnews.core._fastner.packed_table"
#define PACKED_MAGIC "ANWTS001"
/* The same keys and slots over one int a key (pack.pack_ints: "ANINT001"; n, 0, key bytes; int64
 * values[n]; uint32 key_off[n + 1]; the keys' UTF-8). */
#define INTS_NAME "arabicnews.core._fastner.packed_ints"
#define INTS_MAGIC "ANINT001"

static void packed_free(Packed *p) {
    if (p == NULL) return;
    Py_XDECREF(p->blob);
    PyMem_Free(p->copy);
    PyMem_Free(p->slots);
    PyMem_Free(p);
}

static void packed_capsule_free(PyObject *capsule) { packed_free((Packed *)PyCapsule_GetPointer(capsule, PACKED_NAME)); }

static void ints_capsule_free(PyObject *capsule) { packed_free((Packed *)PyCapsule_GetPointer(capsule, INTS_NAME)); }

static uint64_t cp_step(uint64_t h, uint32_t c) { return (h ^ c) * 0x100000001b3ULL; }

static uint64_t cp_final(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    return h ^ (h >> 33);
}

#define CP_SEED 0xcbf29ce484222325ULL

/* The next code point of the UTF-8 at *s (before end), advancing *s; 0xffffffff when it is not
 * well-formed there (packed_table refuses such keys). */
static uint32_t utf8_next(const unsigned char **s, const unsigned char *end) {
    const unsigned char *p = *s;
    uint32_t c = p[0];
    int more = c < 0x80 ? 0 : (c & 0xe0) == 0xc0 ? 1 : (c & 0xf0) == 0xe0 ? 2 : (c & 0xf8) == 0xf0 ? 3 : -1;
    if (more < 0 || end - p <= more) return 0xffffffffu;
    if (more) c &= 0x3fu >> more;
    for (int k = 1; k <= more; k++) {
        if ((p[k] & 0xc0) != 0x80) return 0xffffffffu;
        c = (c << 6) | (p[k] & 0x3fu);
    }
    *s = p + 1 + more;
    return c;
}

/* The hash of feature e's key (its code points), or 0 with *bad set when its UTF-8 is malformed. */
static uint64_t packed_key_hash(const Packed *p, uint32_t e, int *bad) {
    const unsigned char *s = p->keys + p->key_off[e], *end = p->keys + p->key_off[e + 1];
    uint64_t h = CP_SEED;
    while (s < end) {
        uint32_t c = utf8_next(&s, end);
        if (c == 0xffffffffu) { *bad = 1; return 0; }
        h = cp_step(h, c);
    }
    return cp_final(h);
}

static uint64_t str_hash(PyObject *key) {
    int kind = PyUnicode_KIND(key);
    const void *data = PyUnicode_DATA(key);
    Py_ssize_t n = PyUnicode_GET_LENGTH(key);
    uint64_t h = CP_SEED;
    for (Py_ssize_t i = 0; i < n; i++) h = cp_step(h, (uint32_t)PyUnicode_READ(kind, data, i));
    return cp_final(h);
}

/* Whether feature e's key is the str `key` (code point by code point). */
static int packed_key_is(const Packed *p, uint32_t e, PyObject *key) {
    const unsigned char *s = p->keys + p->key_off[e], *end = p->keys + p->key_off[e + 1];
    int kind = PyUnicode_KIND(key);
    const void *data = PyUnicode_DATA(key);
    Py_ssize_t n = PyUnicode_GET_LENGTH(key);
    if ((size_t)(end - s) < (size_t)n) return 0; /* at least a byte a code point */
    for (Py_ssize_t i = 0; i < n; i++) {
        if (s >= end || utf8_next(&s, end) != (uint32_t)PyUnicode_READ(kind, data, i)) return 0;
    }
    return s == end;
}

/* The feature index of `key` (an exact str), or -1. */
static Py_ssize_t packed_find(const Packed *p, PyObject *key) { return packed_find_hashed(p, key, str_hash(key)); }

/* packed_find with the key's str_hash already taken. */
static Py_ssize_t packed_find_hashed(const Packed *p, PyObject *key, uint64_t h) {
    uint32_t tag = (uint32_t)(h >> 32);
    for (size_t i = (size_t)h & p->mask;; i = (i + 1) & p->mask) {
        Slot s = p->slots[i];
        if (s.entry == 0) return -1;
        if (s.tag == tag && packed_key_is(p, s.entry - 1, key)) return (Py_ssize_t)s.entry - 1;
    }
}

/* Add feature e's weights to s, label by label in their stored order (as add_feature adds a tuple's). */
static void packed_add(const Packed *p, Py_ssize_t e, double *s) {
    for (uint32_t k = p->pair_start[e], end = p->pair_start[e + 1]; k < end; k++) s[p->labels[k]] += p->weights[k];
}

/* batch_run over the stored table. Its look-ups follow a chain of cache misses as the dict table's
 * do (the slot; the entry's key offset and first pair; the key's bytes, labels and weights): the
 * same stages of prefetches (session 21, speed21z), then each feature found and added in the order
 * gathered, as add_feature adds it (a feature not an exact str is in no stored table). Never fails. */
static int packed_batch_run(const Packed *pk, Batch *b) {
    uint64_t h[MAX_FEATS];
    for (int i = 0; i < b->n; i++) {
        if (!PyUnicode_CheckExact(b->feat[i])) continue;
        h[i] = str_hash(b->feat[i]);
        PREFETCH(&pk->slots[(size_t)h[i] & pk->mask]);
    }
    uint32_t first[MAX_FEATS]; /* the entry its probe starts at, + 1, when the tags agree; else 0 */
    for (int i = 0; i < b->n; i++) {
        first[i] = 0;
        if (!PyUnicode_CheckExact(b->feat[i])) continue;
        Slot s = pk->slots[(size_t)h[i] & pk->mask];
        if (s.entry != 0 && s.tag == (uint32_t)(h[i] >> 32)) {
            first[i] = s.entry;
            PREFETCH(&pk->key_off[s.entry - 1]);
            PREFETCH(&pk->pair_start[s.entry - 1]);
        }
    }
    for (int i = 0; i < b->n; i++) {
        if (first[i] == 0) continue;
        uint32_t e = first[i] - 1;
        PREFETCH(pk->keys + pk->key_off[e]);
        PREFETCH(&pk->labels[pk->pair_start[e]]);
        PREFETCH(&pk->weights[pk->pair_start[e]]);
    }
    for (int i = 0; i < b->n; i++) {
        PyObject *feat = b->feat[i];
        Py_ssize_t e = PyUnicode_CheckExact(feat) ? packed_find_hashed(pk, feat, h[i]) : -1;
        Py_DECREF(feat);
        if (e >= 0) {
            b->group[i]->have = 1;
            packed_add(pk, e, b->group[i]->s);
        }
    }
    b->n = 0;
    return 0;
}

static uint32_t read_u32(const unsigned char *b) {
    return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}

/* The Packed that `blob` holds (a packed weight table, or with `ints` a packed map of ints), or NULL
 * with ValueError when it is not well-formed. */
static Packed *packed_read(PyObject *blob, int ints) {
    const unsigned char *raw = (const unsigned char *)PyBytes_AS_STRING(blob);
    size_t size = (size_t)PyBytes_GET_SIZE(blob);
    uint16_t probe = 1;
    Packed *p = NULL;
    if (size < 24 || memcmp(raw, ints ? INTS_MAGIC : PACKED_MAGIC, 8) != 0) goto malformed;
    if (*(unsigned char *)&probe != 1) goto malformed; /* stored little-endian: read here as it lies */
    uint32_t n = read_u32(raw + 8), npairs = read_u32(raw + 12);
    uint64_t nkeys = (uint64_t)read_u32(raw + 16) | (uint64_t)read_u32(raw + 20) << 32;
    if (n >= 0x7fffffffu || npairs >= 0x7fffffffu || (ints && npairs != 0)) goto malformed;
    uint64_t need = ints ? 24 + 8 * (uint64_t)n + 4 * ((uint64_t)n + 1) + nkeys
                         : 24 + 8 * ((uint64_t)n + 1) + 9 * (uint64_t)npairs + nkeys;
    if (need != size) goto malformed;
    p = PyMem_Calloc(1, sizeof(Packed));
    if (p == NULL) { PyErr_NoMemory(); return NULL; }
    const unsigned char *data = raw;
    if (((uintptr_t)raw & 7u) != 0) { /* the arrays are read in place: they must be aligned */
        p->copy = PyMem_Malloc(size);
        if (p->copy == NULL) { packed_free(p); PyErr_NoMemory(); return NULL; }
        memcpy(p->copy, raw, size);
        data = p->copy;
    }
    p->blob = Py_NewRef(blob);
    p->n = n;
    p->npairs = npairs;
    if (ints) {
        p->ints = (const int64_t *)(data + 24);
        p->key_off = (const uint32_t *)(p->ints + n);
        p->keys = (const unsigned char *)(p->key_off + (n + 1));
    } else {
        p->key_off = (const uint32_t *)(data + 24);
        p->pair_start = p->key_off + (n + 1);
        p->weights = (const double *)(p->pair_start + (n + 1));
        p->labels = (const unsigned char *)(p->weights + npairs);
        p->keys = p->labels + npairs;
        if (p->pair_start[0] != 0 || p->pair_start[n] != npairs) goto malformed;
        for (uint32_t i = 0; i < n; i++)
            if (p->pair_start[i] > p->pair_start[i + 1]) goto malformed;
        for (uint32_t k = 0; k < npairs; k++)
            if (p->labels[k] >= NL) goto malformed;
    }
    if (p->key_off[0] != 0 || p->key_off[n] != nkeys) goto malformed;
    for (uint32_t i = 0; i < n; i++)
        if (p->key_off[i] > p->key_off[i + 1]) goto malformed;
    size_t nslots = 8;
    while (nslots < (size_t)n + (size_t)n / 2 + 1) nslots <<= 1; /* at most two thirds full */
    p->mask = nslots - 1;
    p->slots = PyMem_Calloc(nslots, sizeof(Slot));
    if (p->slots == NULL) { packed_free(p); PyErr_NoMemory(); return NULL; }
    for (uint32_t i = 0; i < n; i++) {
        int bad = 0;
        uint64_t h = packed_key_hash(p, i, &bad);
        if (bad) goto malformed;
        uint32_t tag = (uint32_t)(h >> 32), len = p->key_off[i + 1] - p->key_off[i];
        size_t s = (size_t)h & p->mask;
        for (; p->slots[s].entry != 0; s = (s + 1) & p->mask) {
            uint32_t o = p->slots[s].entry - 1;
            if (p->slots[s].tag == tag && p->key_off[o + 1] - p->key_off[o] == len &&
                memcmp(p->keys + p->key_off[o], p->keys + p->key_off[i], len) == 0)
                goto malformed; /* a key twice */
        }
        p->slots[s].tag = tag;
        p->slots[s].entry = i + 1;
    }
    return p;
malformed:
    packed_free(p);
    PyErr_Format(PyExc_ValueError, "_fastner: not a packed %s", ints ? "map of ints" : "weight table");
    return NULL;
}

static const char *const PACKED_NAMES[2] = {PACKED_NAME, INTS_NAME};

/* A capsule of packed_read(blob, ints) (args: the bytes). */
static PyObject *packed_capsule(PyObject *args, int ints) {
    PyObject *blob;
    if (!PyArg_ParseTuple(args, "O!", &PyBytes_Type, &blob)) return NULL;
    Packed *p = packed_read(blob, ints);
    if (p == NULL) return NULL;
    PyObject *capsule = PyCapsule_New(p, PACKED_NAMES[ints], ints ? ints_capsule_free : packed_capsule_free);
    if (capsule == NULL) packed_free(p);
    return capsule;
}

/* packed_table(blob) -> a capsule; ValueError when the blob is not a well-formed weight table. */
static PyObject *packed_table(PyObject *self, PyObject *args) { return packed_capsule(args, 0); }

/* packed_ints(blob) -> a capsule; ValueError when the blob is not a well-formed map of ints. */
static PyObject *packed_ints(PyObject *self, PyObject *args) { return packed_capsule(args, 1); }

/* The Packed in `capsule` (a packed weight table, or with `ints` a packed map of ints), or NULL. */
static const Packed *capsule_packed(PyObject *capsule, int ints) {
    if (capsule == NULL || !PyCapsule_IsValid(capsule, PACKED_NAMES[ints])) return NULL;
    return PyCapsule_GetPointer(capsule, PACKED_NAMES[ints]);
}

static const Packed *packed_of(PyObject *capsule) { return capsule_packed(capsule, 0); }

static const Packed *ints_of(PyObject *capsule) { return capsule_packed(capsule, 1); }

/* The entry of args' key (table, key) in the table, -1 when it has none (a key not a str has
 * none), -2 with an error when the table is not of its kind. */
static Py_ssize_t packed_lookup(PyObject *args, int ints, const Packed **p) {
    PyObject *capsule, *key;
    if (!PyArg_ParseTuple(args, "OO", &capsule, &key)) return -2;
    *p = capsule_packed(capsule, ints);
    if (*p == NULL) {
        PyErr_Format(PyExc_TypeError, "_fastner: not a packed %s", ints ? "map of ints" : "weight table");
        return -2;
    }
    return PyUnicode_CheckExact(key) ? packed_find(*p, key) : -1;
}

/* packed_int_get(table, key) -> the int of `key`, or None. */
static PyObject *packed_int_get(PyObject *self, PyObject *args) {
    const Packed *p;
    Py_ssize_t e = packed_lookup(args, 1, &p);
    if (e == -2) return NULL;
    if (e < 0) Py_RETURN_NONE;
    return PyLong_FromLongLong(p->ints[e]);
}

/* packed_index(table, key) -> the row of `key` in a packed_ints (its place in the map's order), or -1. */
static PyObject *packed_index(PyObject *self, PyObject *args) {
    const Packed *p;
    Py_ssize_t e = packed_lookup(args, 1, &p);
    if (e == -2) return NULL;
    return PyLong_FromSsize_t(e < 0 ? -1 : e);
}

/* packed_get(table, key) -> the feature's ((label, weight), ...) as the weights dict holds it, or None. */
static PyObject *packed_get(PyObject *self, PyObject *args) {
    const Packed *p;
    Py_ssize_t e = packed_lookup(args, 0, &p);
    if (e == -2) return NULL;
    if (e < 0) Py_RETURN_NONE;
    uint32_t lo = p->pair_start[e], hi = p->pair_start[e + 1];
    PyObject *out = PyTuple_New((Py_ssize_t)(hi - lo));
    if (out == NULL) return NULL;
    for (uint32_t k = lo; k < hi; k++) {
        PyObject *pair = Py_BuildValue("(id)", (int)p->labels[k], p->weights[k]);
        if (pair == NULL) { Py_DECREF(out); return NULL; }
        PyTuple_SET_ITEM(out, (Py_ssize_t)(k - lo), pair);
    }
    return out;
}

/* dense_pair of feature e's weights (the same sums, the same shared 0.0 where nothing was added). */
static PyObject *packed_pair(const Packed *p, Py_ssize_t e, PyObject *pair_type) {
    double d[NL] = {0.0};
    int added[NL] = {0};
    for (uint32_t k = p->pair_start[e], end = p->pair_start[e + 1]; k < end; k++) {
        d[p->labels[k]] += p->weights[k];
        added[p->labels[k]] = 1;
    }
    return make_pair(d, added, pair_type);
}

/* Interned constants: the features' heads and the few values they take. */
static PyObject *S_B, *S_W, *S_S, *S_P, *S_X1, *S_X2, *S_X3, *S_X4, *S_F2, *S_F3, *S_F4, *S_T, *S_U, *S_C,
    *S_Z, *S_ZU, *S_ZA, *S_LX, *S_WM1, *S_SM1, *S_X2M1, *S_UM1, *S_WP1, *S_SP1, *S_X2P1, *S_UP1, *S_WM2, *S_WP2,
    *S_LXM1, *S_LXP1, *S_US0, *S_US1, *S_AL, *S_A, *S_N, *S_EMPTY, *I_0, *I_4, *I_M4, *DIGITS[9];

static int init_constants(void) {
#define STR(var, text) if ((var = PyUnicode_InternFromString(text)) == NULL) return -1
    STR(S_B, "b"); STR(S_W, "w="); STR(S_S, "s="); STR(S_P, "p="); STR(S_X1, "x1="); STR(S_X2, "x2=");
    STR(S_X3, "x3="); STR(S_X4, "x4="); STR(S_F2, "f2="); STR(S_F3, "f3="); STR(S_F4, "f4="); STR(S_T, "t=");
    STR(S_U, "u="); STR(S_C, "c="); STR(S_Z, "z="); STR(S_ZU, "zu="); STR(S_ZA, "za="); STR(S_LX, "lx=");
    STR(S_WM1, "w-1="); STR(S_SM1, "s-1="); STR(S_X2M1, "x2-1="); STR(S_UM1, "u-1="); STR(S_WP1, "w+1=");
    STR(S_SP1, "s+1="); STR(S_X2P1, "x2+1="); STR(S_UP1, "u+1="); STR(S_WM2, "w-2="); STR(S_WP2, "w+2=");
    STR(S_LXM1, "lx-1="); STR(S_LXP1, "lx+1="); STR(S_US0, "us-1=0|"); STR(S_US1, "us-1=1|");
    STR(S_AL, "\xd8\xa7\xd9\x84"); /* ال */
    STR(S_A, "a"); STR(S_N, "n"); STR(S_EMPTY, "");
    char digit[2] = "0";
    for (int i = 0; i < 9; i++) {
        digit[0] = (char)('0' + i);
        STR(DIGITS[i], digit);
    }
#undef STR
    if ((F_ZERO = PyFloat_FromDouble(0.0)) == NULL) return -1;
    if ((I_0 = PyLong_FromLong(0)) == NULL || (I_4 = PyLong_FromLong(4)) == NULL || (I_M4 = PyLong_FromLong(-4)) == NULL)
        return -1;
    return 0;
}

/* zipf.get(key, 0) as a new reference (NULL: an error). */
static PyObject *get_or_zero(PyObject *zipf, PyObject *key) {
    if (key == NULL) return NULL;
    const Packed *p = ints_of(zipf);
    if (p != NULL) { /* a packed map of ints */
        Py_ssize_t e = packed_find(p, key);
        return e < 0 ? Py_NewRef(I_0) : PyLong_FromLongLong(p->ints[e]);
    }
    PyObject *v = PyDict_GetItemWithError(zipf, key);
    if (v == NULL) return PyErr_Occurred() ? NULL : Py_NewRef(I_0);
    return Py_NewRef(v);
}

/* str(max(-4, min(4, a - b))), as _frequency_features computes it (any numbers, Python's semantics). */
static PyObject *ratio_str(PyObject *a, PyObject *b) {
    PyObject *d = PyNumber_Subtract(a, b);
    if (d == NULL) return NULL;
    int lt = PyObject_RichCompareBool(d, I_4, Py_LT); /* min(4, d): d when d < 4 */
    if (lt < 0) { Py_DECREF(d); return NULL; }
    PyObject *m = lt ? d : I_4;
    int gt = PyObject_RichCompareBool(m, I_M4, Py_GT); /* max(-4, m): m when m > -4 */
    if (gt < 0) { Py_DECREF(d); return NULL; }
    PyObject *out = PyObject_Str(gt ? m : I_M4);
    Py_DECREF(d);
    return out;
}

static int starts_with_article(PyObject *s) {
    return PyUnicode_GET_LENGTH(s) > 4 && PyUnicode_Tailmatch(s, S_AL, 0, 2, -1) == 1;
}

/* _maybe_pair(weights.get(prefix + stem)) as a new reference (Py_None for none; NULL: an error). */
static PyObject *us_pair(const Look *look, PyObject *prefix, PyObject *stem, PyObject *pair_type) {
    PyObject *key = PyUnicode_Concat(prefix, stem);
    if (key == NULL) return NULL;
    if (look->packed != NULL) {
        Py_ssize_t e = packed_find(look->packed, key);
        Py_DECREF(key);
        return e < 0 ? Py_NewRef(Py_None) : untracked(packed_pair(look->packed, e, pair_type));
    }
    PyObject *wl = PyDict_GetItemWithError(look->weights, key);
    Py_DECREF(key);
    if (wl == NULL) return PyErr_Occurred() ? NULL : Py_NewRef(Py_None);
    return untracked(dense_pair(wl, pair_type));
}

/* word_record(model, kit, norm, proclitic, stem, shape, rare) -> _WordType
 *
 * NerModel._word for a word other than the sentence ends, given the forms FeatureExtractor._make_info
 * starts from: model = (weights, zipf (a dict or packed_ints), lexicon, ss_prev, ss_next[, table]), kit = (_WordType, _Pair, zeros,
 * zero, no_us, no_pairs). The feature strings are those of _make_info in its order (the own
 * features, then what the word lends the word before, after, two before, two after), each summed
 * as word_sums sums it; then the us-1 pairs and the stem-pair tables of the stem, as _word. */
static PyObject *word_record(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 7 || !PyTuple_Check(args[0]) || PyTuple_GET_SIZE(args[0]) < 5 || PyTuple_GET_SIZE(args[0]) > 6 ||
        !PyTuple_Check(args[1]) ||
        PyTuple_GET_SIZE(args[1]) != 6) {
        PyErr_SetString(PyExc_TypeError, "word_record(model, kit, norm, proclitic, stem, shape, rare)");
        return NULL;
    }
    PyObject *weights = PyTuple_GET_ITEM(args[0], 0), *zipf = PyTuple_GET_ITEM(args[0], 1);
    PyObject *lexicon = PyTuple_GET_ITEM(args[0], 2), *ss_prev = PyTuple_GET_ITEM(args[0], 3);
    PyObject *ss_next = PyTuple_GET_ITEM(args[0], 4);
    PyObject *word_type = PyTuple_GET_ITEM(args[1], 0), *pair_type = PyTuple_GET_ITEM(args[1], 1);
    PyObject *zeros = PyTuple_GET_ITEM(args[1], 2), *zero = PyTuple_GET_ITEM(args[1], 3);
    PyObject *no_us = PyTuple_GET_ITEM(args[1], 4), *no_pairs = PyTuple_GET_ITEM(args[1], 5);
    PyObject *norm = args[2], *pre = args[3], *stem = args[4], *shape = args[5], *rare = args[6];
    /* model[5], when given: packed_table(...), the weights' only source (model[0] is then not read),
     * or weight_table(weights), used while it is the table of this dict */
    const Packed *packed = PyTuple_GET_SIZE(args[0]) == 6 ? packed_of(PyTuple_GET_ITEM(args[0], 5)) : NULL;
    const Packed *zipf_ints = ints_of(zipf); /* zipf: a dict, or packed_ints(...) */
    if ((packed == NULL && !PyDict_Check(weights)) || (zipf_ints == NULL && !PyDict_Check(zipf)) || !PyDict_Check(lexicon) || !PyDict_Check(ss_prev) ||
        !PyDict_Check(ss_next) || !PyType_Check(word_type) || !PyUnicode_Check(norm) || !PyUnicode_Check(pre) ||
        !PyUnicode_Check(stem) || !PyUnicode_Check(shape) || !PyUnicode_Check(rare)) {
        PyErr_SetString(PyExc_TypeError, "_fastner.word_record: dicts and strs expected");
        return NULL;
    }
    Look look = {weights, packed == NULL && PyTuple_GET_SIZE(args[0]) == 6 ? table_for(PyTuple_GET_ITEM(args[0], 5), weights) : NULL,
                 packed};
    Group g[5];
    memset(g, 0, sizeof(g));
    Batch batch;
    batch.n = 0;
    PyObject *core = NULL, *lx = NULL, *kind = NULL, *end2 = NULL, *fields = NULL, *out = NULL;
    int article = starts_with_article(stem);
    core = article ? PyUnicode_Substring(stem, 2, PyUnicode_GET_LENGTH(stem)) : Py_NewRef(stem);
    if (core == NULL) goto done;
    Py_ssize_t nc = PyUnicode_GET_LENGTH(core);
    Group *own = &g[0];
    /* the own features (_make_info's local), in its order */
    if (batch_add(&batch, Py_NewRef(S_B), own) < 0 || batch_add(&batch, cat(S_W, norm), own) < 0 ||
        batch_add(&batch, cat(S_S, stem), own) < 0 || batch_add(&batch, cat(S_P, pre), own) < 0)
        goto done;
    PyObject *heads[4] = {S_X1, S_X2, S_X3, S_X4};
    for (int k = 0; k < 4; k++) {
        PyObject *part = slice(core, -(k + 1), nc);
        PyObject *feat = cat(heads[k], part);
        Py_XDECREF(part);
        if (batch_add(&batch, feat, own) < 0) goto done;
    }
    {
        PyObject *f2 = slice(stem, 0, 2), *f3 = slice(core, 0, 3), *f4 = slice(core, 0, 4);
        PyObject *a = cat(S_F2, f2), *b = cat(S_F3, f3), *c = cat(S_F4, f4);
        Py_XDECREF(f2); Py_XDECREF(f3); Py_XDECREF(f4);
        int bad = batch_add(&batch, a, own);
        bad = bad < 0 ? (Py_XDECREF(b), Py_XDECREF(c), -1) : batch_add(&batch, b, own);
        bad = bad < 0 ? (Py_XDECREF(c), -1) : batch_add(&batch, c, own);
        if (bad < 0) goto done;
    }
    {
        PyObject *t = cat(S_T, shape), *tt = cat(t, DIGITS[nc < 8 ? nc : 8]);
        Py_XDECREF(t);
        if (batch_add(&batch, tt, own) < 0) goto done;
    }
    kind = PyUnicode_Concat(rare, shape);
    if (kind == NULL || batch_add(&batch, cat(S_U, kind), own) < 0) goto done;
    if (article && batch_add(&batch, cat(S_C, core), own) < 0) goto done;
    int has_zipf = zipf_ints != NULL ? zipf_ints->n > 0 : PyDict_GET_SIZE(zipf) > 0, has_lexicon = PyDict_GET_SIZE(lexicon) > 0;
    if (has_zipf) {
        PyObject *band = get_or_zero(zipf, stem), *with_article, *bare, *has;
        if (band == NULL) goto done;
        if (article) {
            PyObject *rest = PyUnicode_Substring(stem, 2, PyUnicode_GET_LENGTH(stem));
            with_article = Py_NewRef(band);
            bare = get_or_zero(zipf, rest);
            Py_XDECREF(rest);
            has = S_A;
        } else {
            PyObject *key = PyUnicode_Concat(S_AL, stem);
            with_article = get_or_zero(zipf, key);
            Py_XDECREF(key);
            bare = Py_NewRef(band);
            has = S_N;
        }
        PyObject *bs = PyObject_Str(band);
        PyObject *ratio = (with_article == NULL || bare == NULL) ? NULL : ratio_str(with_article, bare);
        Py_DECREF(band);
        Py_XDECREF(with_article);
        Py_XDECREF(bare);
        PyObject *zu = cat(rare, bs), *za = cat(has, ratio);
        PyObject *z = cat(S_Z, bs);
        Py_XDECREF(bs);
        Py_XDECREF(ratio);
        PyObject *zu2 = cat(S_ZU, zu), *za2 = cat(S_ZA, za);
        Py_XDECREF(zu);
        Py_XDECREF(za);
        int bad = batch_add(&batch, z, own);
        bad = bad < 0 ? (Py_XDECREF(zu2), Py_XDECREF(za2), -1) : batch_add(&batch, zu2, own);
        bad = bad < 0 ? (Py_XDECREF(za2), -1) : batch_add(&batch, za2, own);
        if (bad < 0) goto done;
    }
    if (has_lexicon) {
        lx = PyDict_GetItemWithError(lexicon, stem);
        if (lx == NULL && PyErr_Occurred()) goto done;
        lx = Py_NewRef(lx == NULL ? S_EMPTY : lx);
        if (batch_add(&batch, cat(S_LX, lx), own) < 0) goto done;
    }
    /* what the word lends its neighbours (_make_info's roles) */
    end2 = slice(stem, -2, PyUnicode_GET_LENGTH(stem));
    if (end2 == NULL) goto done;
    if (batch_add(&batch, cat(S_WM1, norm), &g[1]) < 0 || batch_add(&batch, cat(S_SM1, stem), &g[1]) < 0 ||
        batch_add(&batch, cat(S_X2M1, end2), &g[1]) < 0 || batch_add(&batch, cat(S_UM1, kind), &g[1]) < 0 ||
        (has_lexicon && batch_add(&batch, cat(S_LXM1, lx), &g[1]) < 0) ||
        batch_add(&batch, cat(S_WP1, norm), &g[2]) < 0 || batch_add(&batch, cat(S_SP1, stem), &g[2]) < 0 ||
        batch_add(&batch, cat(S_X2P1, end2), &g[2]) < 0 || batch_add(&batch, cat(S_UP1, kind), &g[2]) < 0 ||
        (has_lexicon && batch_add(&batch, cat(S_LXP1, lx), &g[2]) < 0) ||
        batch_add(&batch, cat(S_WM2, norm), &g[3]) < 0 || batch_add(&batch, cat(S_WP2, norm), &g[4]) < 0)
        goto done;
    if (batch_run(&look, &batch) < 0) goto done;
    /* _WordType(norm, stem, rare, 5 vectors, 5 rises, us, ss_prev[stem], ss_next[stem]) */
    fields = PyTuple_New(W_FIELDS);
    if (fields == NULL) goto done;
    PyTuple_SET_ITEM(fields, W_NORM, Py_NewRef(norm));
    PyTuple_SET_ITEM(fields, W_STEM, Py_NewRef(stem));
    PyTuple_SET_ITEM(fields, W_RARE, Py_NewRef(rare));
    for (int k = 0; k < 5; k++) {
        PyObject *vec, *rise;
        if (group_result(&g[k], zeros, zero, &vec, &rise) < 0) goto done;
        PyTuple_SET_ITEM(fields, W_OWN + k, vec);
        PyTuple_SET_ITEM(fields, W_RISE_OWN + k, rise);
    }
    {
        PyObject *u0 = us_pair(&look, S_US0, stem, pair_type);
        PyObject *u1 = u0 == NULL ? NULL : us_pair(&look, S_US1, stem, pair_type);
        if (u1 == NULL) { Py_XDECREF(u0); goto done; }
        PyObject *us;
        if (u0 == Py_None && u1 == Py_None) {
            us = Py_NewRef(no_us);
            Py_DECREF(u0);
            Py_DECREF(u1);
        } else {
            us = PyTuple_New(2);
            if (us == NULL) { Py_DECREF(u0); Py_DECREF(u1); goto done; }
            PyTuple_SET_ITEM(us, 0, u0);
            PyTuple_SET_ITEM(us, 1, u1);
            untracked(us);
        }
        PyTuple_SET_ITEM(fields, W_US, us);
    }
    PyObject *tables[2] = {ss_prev, ss_next};
    for (int k = 0; k < 2; k++) {
        PyObject *got = PyDict_GetItemWithError(tables[k], stem);
        if (got == NULL && PyErr_Occurred()) goto done;
        PyTuple_SET_ITEM(fields, W_SS_PREV + k, Py_NewRef(got == NULL ? no_pairs : got));
    }
    {
        PyObject *one = PyTuple_Pack(1, fields); /* tuple.__new__(_WordType, fields), as _make does */
        if (one == NULL) goto done;
        out = untracked(PyTuple_Type.tp_new((PyTypeObject *)word_type, one, NULL));
        Py_DECREF(one);
    }
done:
    batch_clear(&batch);
    Py_XDECREF(core);
    Py_XDECREF(lx);
    Py_XDECREF(kind);
    Py_XDECREF(end2);
    Py_XDECREF(fields);
    return out;
}

/* A string of the store (UTF-8 bytes lo .. hi), as a str. */
static PyObject *stored_str(const Records *r, uint32_t lo, uint32_t hi) {
    return PyUnicode_DecodeUTF8((const char *)r->strs + lo, (Py_ssize_t)(hi - lo), "strict");
}

/* stored_type(keys, store, word, kit) -> the _StoredType of `word`, or None when the store has no record of it.
 * keys: packed_ints of word -> row; kit = (_StoredType, ss_prev, ss_next, no_pairs). */
static PyObject *stored_type(PyObject *self, PyObject *args) {
    PyObject *keys_capsule, *store, *word, *kit;
    if (!PyArg_ParseTuple(args, "OOUO!:stored_type", &keys_capsule, &store, &word, &PyTuple_Type, &kit)) return NULL;
    const Packed *keys = ints_of(keys_capsule);
    const Records *r = records_of(store);
    if (keys == NULL || r == NULL || PyTuple_GET_SIZE(kit) != 4 || !PyType_Check(PyTuple_GET_ITEM(kit, 0))) {
        PyErr_SetString(PyExc_TypeError, "stored_type(keys, store, word, (_StoredType, ss_prev, ss_next, no_pairs))");
        return NULL;
    }
    if (!PyUnicode_CheckExact(word)) Py_RETURN_NONE;
    Py_ssize_t e = packed_find(keys, word);
    if (e < 0) Py_RETURN_NONE;
    int64_t row = keys->ints[e];
    if (row < 0 || row >= (int64_t)r->n) {
        PyErr_SetString(PyExc_ValueError, "_fastner: a stored word's row is not in its store");
        return NULL;
    }
    unsigned f = r->flags[row];
    PyObject *norm = NULL, *stem = NULL, *fields = NULL, *out = NULL;
    norm = f & R_NORM_IS_WORD ? Py_NewRef(word) : stored_str(r, r->stem_off[row], r->norm_off[row + 1]);
    if (norm == NULL) goto done;
    stem = f & R_STEM_IS_NORM ? Py_NewRef(norm) : stored_str(r, r->norm_off[row + 1], r->stem_off[row + 1]);
    if (stem == NULL) goto done;
    fields = PyTuple_New(S_FIELDS);
    if (fields == NULL) goto done;
    PyTuple_SET_ITEM(fields, W_NORM, Py_NewRef(norm));
    PyTuple_SET_ITEM(fields, W_STEM, Py_NewRef(stem));
    PyTuple_SET_ITEM(fields, W_RARE, Py_NewRef(f & R_RARE ? DIGITS[1] : DIGITS[0]));
    PyObject *at = PyLong_FromLongLong(row);
    if (at == NULL) goto done;
    PyTuple_SET_ITEM(fields, S_ROW, at);
    for (int k = 0; k < 2; k++) {
        PyObject *table = PyTuple_GET_ITEM(kit, 1 + k), *got;
        if (dict_get(table, stem, &got) < 0) goto done;
        PyTuple_SET_ITEM(fields, S_SS_PREV + k, Py_NewRef(got == NULL ? PyTuple_GET_ITEM(kit, 3) : got));
    }
    {
        PyObject *one = PyTuple_Pack(1, fields);
        if (one == NULL) goto done;
        out = untracked(PyTuple_Type.tp_new((PyTypeObject *)PyTuple_GET_ITEM(kit, 0), one, NULL));
        Py_DECREF(one);
    }
done:
    Py_XDECREF(norm);
    Py_XDECREF(stem);
    Py_XDECREF(fields);
    return out;
}

/* stored_record(store, stored, kit) -> the _WordType a _StoredType stands for (word_record's kit):
 * the same doubles, for the Python loops and the tests. */
static PyObject *stored_record(PyObject *self, PyObject *args) {
    PyObject *store, *rec, *kit;
    if (!PyArg_ParseTuple(args, "OO!O!:stored_record", &store, &PyTuple_Type, &rec, &PyTuple_Type, &kit)) return NULL;
    const Records *r = records_of(store);
    if (PyTuple_GET_SIZE(rec) != S_FIELDS || PyTuple_GET_SIZE(kit) != 6 || !PyType_Check(PyTuple_GET_ITEM(kit, 0))) {
        PyErr_SetString(PyExc_TypeError, "stored_record(store, _StoredType, word_record's kit)");
        return NULL;
    }
    Py_ssize_t row = stored_row(r, rec);
    if (row < 0) return NULL;
    PyObject *word_type = PyTuple_GET_ITEM(kit, 0), *pair_type = PyTuple_GET_ITEM(kit, 1);
    PyObject *zeros = PyTuple_GET_ITEM(kit, 2), *zero = PyTuple_GET_ITEM(kit, 3), *no_us = PyTuple_GET_ITEM(kit, 4);
    PyObject *fields = PyTuple_New(W_FIELDS), *out = NULL;
    if (fields == NULL) return NULL;
    for (int k = 0; k < 3; k++) PyTuple_SET_ITEM(fields, k, Py_NewRef(PyTuple_GET_ITEM(rec, k)));
    for (int k = 0; k < 5; k++) {
        const double *v = rec_part(r, row, k);
        Group g;
        memset(&g, 0, sizeof(g));
        if (v != NULL) {
            g.have = 1;
            memcpy(g.s, v, sizeof(g.s));
        }
        PyObject *vec, *rise;
        if (group_result(&g, zeros, zero, &vec, &rise) < 0) goto done;
        PyTuple_SET_ITEM(fields, W_OWN + k, vec);
        PyTuple_SET_ITEM(fields, W_RISE_OWN + k, rise);
    }
    {
        const double *u0 = rec_part(r, row, 5), *u1 = rec_part(r, row, 6);
        if (u0 == NULL && u1 == NULL) {
            PyTuple_SET_ITEM(fields, W_US, Py_NewRef(no_us));
        } else {
            int all[NL];
            for (int y = 0; y < NL; y++) all[y] = 1;
            PyObject *us = PyTuple_New(2);
            if (us == NULL) goto done;
            PyTuple_SET_ITEM(fields, W_US, us);
            const double *u[2] = {u0, u1};
            for (int k = 0; k < 2; k++) {
                PyObject *pair = u[k] == NULL ? Py_NewRef(Py_None) : make_pair(u[k], all, pair_type);
                if (pair == NULL) goto done;
                PyTuple_SET_ITEM(us, k, pair);
            }
        }
    }
    PyTuple_SET_ITEM(fields, W_SS_PREV, Py_NewRef(PyTuple_GET_ITEM(rec, S_SS_PREV)));
    PyTuple_SET_ITEM(fields, W_SS_NEXT, Py_NewRef(PyTuple_GET_ITEM(rec, S_SS_NEXT)));
    {
        PyObject *one = PyTuple_Pack(1, fields);
        if (one == NULL) goto done;
        out = PyTuple_Type.tp_new((PyTypeObject *)word_type, one, NULL);
        Py_DECREF(one);
    }
done:
    Py_DECREF(fields);
    return out;
}

static PyMethodDef methods[] = {
    {"record_store", record_store, METH_VARARGS, "A store of entity records (records.py's bytes) read in place."},
    {"stored_type", stored_type, METH_VARARGS, "A word's _StoredType from a store of entity records, or None."},
    {"stored_record", stored_record, METH_VARARGS, "The _WordType a _StoredType stands for (the same doubles)."},
    {"word_sums", word_sums, METH_VARARGS, "The five sums of a word type's features and their rises (NerModel._word)."},
    {"tag", tag, METH_VARARGS, "Scores, candidates and Viterbi of a sentence (NerModel._tag_words after _context)."},
    {"weight_pairs", weight_pairs, METH_VARARGS, "A model's flat weight lists as (label, weight) pairs (NerModel.from_dict)."},
    {"pair_tables", pair_tables, METH_VARARGS, "The stem-pair features as {a: {b: pair}} (_pair_tables)."},
    {"untrack", untrack, METH_O, "An object taken off the cyclic collector's lists as far as it holds only atoms (the count)."},
    {"weight_table", weight_table, METH_VARARGS, "The weights dict laid out for word_record's look-ups (or None)."},
    {"packed_table", packed_table, METH_VARARGS, "A model's stored weights (pack.pack_weights's bytes) laid out for look-ups."},
    {"packed_ints", packed_ints, METH_VARARGS, "A stored map of ints (pack.pack_ints's bytes) laid out for look-ups."},
    {"packed_int_get", packed_int_get, METH_VARARGS, "A key's int from a packed_ints, or None."},
    {"packed_index", packed_index, METH_VARARGS, "A key's row in a packed_ints (its place in order), or -1."},
    {"packed_get", packed_get, METH_VARARGS, "A feature's (label, weight) pairs from a packed_table, or None."},
    {"word_record", (PyCFunction)(void (*)(void))word_record, METH_FASTCALL,
     "A word type's record from its forms (NerModel._word with FeatureExtractor._make_info's features)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_fastner", "The entity tagger's hot loops in C (optional; perceptron.py is the reference).",
    -1, methods,
};

PyMODINIT_FUNC PyInit__fastner(void) {
    if (init_constants() < 0) return NULL;
    return PyModule_Create(&module);
}
