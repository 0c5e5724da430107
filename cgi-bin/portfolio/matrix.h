/*
 * matrix.h: the criteria matrix, as HTML, for the matrix page and the
 * printable portfolio.
 */
#ifndef FRONTLINE_PORTFOLIO_MATRIX_H
#define FRONTLINE_PORTFOLIO_MATRIX_H

#include "core/util.h"

/* Appends the matrix of unit for learner to out: live (the learner's
 * evidence as it is) or from the latest submission's snapshots; every
 * value escaped. Sets *gaps to the criteria not yet green. Returns the
 * number of evidence columns, or -1 on error. */
int portfolio_matrix_html(struct arena *a, long long learner, long long unit, int live,
                          struct buf *out, long long *gaps);

#endif
