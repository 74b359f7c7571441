"""A grounded graph Laplacian factorised as a band, and the band of its inverse.

The reconciliation (``reconcile``) solves with ``B W B^T``, the Laplacian of the flow chart's
contracted graph, and needs the posterior variances: quadratic forms of its inverse. Ordered
by reverse Cuthill-McKee, a flow chart's Laplacian is a narrow band; its banded Cholesky
factor gives the solves, and Takahashi's recurrence the entries of the inverse near the
diagonal, so both cost ``O(size * bandwidth^2)`` instead of a dense inverse's cube.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from scipy.linalg import cho_solve_banded, cholesky_banded
from scipy.sparse.csgraph import reverse_cuthill_mckee


class GroundedLaplacian:
    """A grounded Laplacian ``L`` (SPD), factorised as a band after reverse Cuthill-McKee.

    Keeps the entries of ``inv(L)`` within ``wide * bandwidth`` of the diagonal (Takahashi),
    enough for every quadratic form ``h^T inv(L) h`` whose ``h`` touches nearby nodes only.
    """

    def __init__(self, L: sp.csr_matrix, wide: int) -> None:
        m = self.size = L.shape[0]
        self.position = np.zeros(m, dtype=int)
        if m == 0:
            self.perm, self.factor, self.band = self.position, np.ones((1, 0)), np.zeros((1, 0))
            return
        self.perm = reverse_cuthill_mckee(L, symmetric_mode=True)
        self.position[self.perm] = np.arange(m)
        lower = sp.tril(L[self.perm][:, self.perm]).tocoo()
        offset = lower.row - lower.col
        bandwidth = int(offset.max())
        ab = np.zeros((bandwidth + 1, m))
        ab[offset, lower.col] = lower.data
        self.factor = cholesky_banded(ab, lower=True)
        self.band = band_of_inverse(self.factor, wide * bandwidth)

    def solve(self, rhs: np.ndarray) -> np.ndarray:
        """``inv(L) @ rhs`` for a vector or a (size x k) block, in the original numbering."""
        if self.size == 0:
            return np.zeros_like(rhs)
        solved: np.ndarray = cho_solve_banded((self.factor, True), rhs[self.perm])
        return solved[self.position]

    def quad_forms(self, H: sp.csr_matrix) -> np.ndarray:
        """``h^T inv(L) h`` for every row ``h`` of ``H``.

        Rows whose entries all lie within the band are read from it; the others (unmeasured
        trees hanging off the plant boundary, whose neighbours may be far apart in the
        ordering) are solved for, in blocks.
        """
        H = H.tocsr()
        H.sum_duplicates()
        if H.nnz == 0:
            return np.zeros(H.shape[0])
        n = np.diff(H.indptr)
        pos = self.position[H.indices]
        starts = H.indptr[:-1][n > 0]  # reduceat over the non-empty rows only
        in_band = np.ones(H.shape[0], dtype=bool)
        in_band[n > 0] = np.maximum.reduceat(pos, starts) - np.minimum.reduceat(pos, starts) < self.band.shape[0]
        # In-band rows: sum over all pairs (a, c) of entries of the row.
        pairs = np.where(in_band, n * n, 0)
        local = np.arange(int(pairs.sum())) - np.repeat(np.cumsum(pairs) - pairs, pairs)
        length, first = np.maximum(np.repeat(n, pairs), 1), np.repeat(H.indptr[:-1], pairs)
        a, c = first + local // length, first + local % length
        lo, off = np.minimum(pos[a], pos[c]), np.abs(pos[a] - pos[c])
        out = np.bincount(
            np.repeat(np.arange(H.shape[0]), pairs),
            minlength=H.shape[0],
            weights=H.data[a] * H.data[c] * self.band[off, lo],
        ).astype(float)
        far = np.flatnonzero(~in_band)
        for chunk in np.array_split(far, max(1, far.size // 256)) if far.size else ():
            block = H[chunk].T.toarray()
            out[chunk] = np.einsum("ij,ij->j", block, self.solve(block))
        return out


def band_of_inverse(factor: np.ndarray, width: int) -> np.ndarray:
    """Entries of inv(L) within ``width`` of the diagonal, from L's banded Cholesky factor.

    Takahashi's recurrence on L = l D l^T (l unit lower): for j from last to first,
    Z[i, j] = -sum_k l[k, j] Z[i, k] (i > j) and Z[j, j] = 1/D[j] - sum_k l[k, j] Z[k, j],
    with k over the band of column j. Each column costs O(width * bandwidth).
    """
    beta, m = factor.shape[0] - 1, factor.shape[1]
    width = min(max(width, beta), max(m - 1, 0))  # no entry lies further than m - 1
    ell = np.zeros((beta, m + width + 1))  # ell[s - 1, j] = l[j + s, j], zero past the end
    ell[:, :m] = factor[1:] / factor[0]
    d, s = np.arange(1, width + 1)[:, None], np.arange(1, beta + 1)[None, :]
    ell[:, :m][np.arange(m)[None, :] + s.T >= m] = 0.0  # LAPACK leaves these undefined
    band = np.zeros((width + 1, m + width + 1))
    rows, cols = np.abs(d - s), np.minimum(d, s)  # Z[j+d, j+s] sits at band[|d-s|, j+min]
    inverse_d = 1.0 / factor[0] ** 2
    for j in range(m - 1, -1, -1):
        col = ell[:, j]
        below = -(band[rows, j + cols] @ col)
        band[1:, j] = below
        band[0, j] = inverse_d[j] - col @ below[:beta]
    return band[:, :m]
