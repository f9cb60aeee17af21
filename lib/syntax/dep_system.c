/*
 * The arc-hybrid transition system (Kuhlmann, Gomez-Rodriguez and Satta
 * 2011) the parser walks, and the cost of each transition for training
 * (the dynamic oracle of Goldberg and Nivre 2013), in one place so that
 * training and parsing move through the same states.
 *
 *   shift  moves the buffer front b0 onto the stack;
 *   left   makes b0 the head of the stack top s0 and pops it;
 *   right  makes s1 (the token under s0) its head and pops it, or, with
 *          the buffer empty and s0 alone, makes s0 the root.
 */
#include "dep_internal.h"

void nf_dep_state_init(struct nf_dep_state *s, size_t n, int32_t *stack, int32_t *head,
		       int32_t *lc, int32_t *rc, uint8_t *nl, uint8_t *nr)
{
	size_t i;

	s->n = n;
	s->b = s->sp = 0;
	s->stack = stack;
	s->head = head;
	s->lc = lc;
	s->rc = rc;
	s->nl = nl;
	s->nr = nr;
	for (i = 0; i < n; i++) {
		head[i] = lc[i] = rc[i] = -1;
		nl[i] = nr[i] = 0;
	}
}

static void attach(struct nf_dep_state *s, int32_t d, int32_t h)
{
	s->head[d] = h;
	if (h < 0)
		return;
	if (d < h) {
		if (s->lc[h] < 0 || d < s->lc[h])
			s->lc[h] = d;
		s->nl[h] += s->nl[h] < 255;
	} else {
		if (d > s->rc[h])
			s->rc[h] = d;
		s->nr[h] += s->nr[h] < 255;
	}
}

void nf_dep_apply(struct nf_dep_state *s, int t)
{
	int32_t d;

	if (t == NF_DT_SHIFT) {
		s->stack[s->sp++] = (int32_t)s->b++;
		return;
	}
	d = s->stack[--s->sp];
	if (t == NF_DT_LEFT)
		attach(s, d, (int32_t)s->b);
	else
		attach(s, d, s->sp > 0 ? s->stack[s->sp - 1] : -1);
}

/* Gold dependents of x still in the buffer. */
static size_t deps_in_buffer(const struct nf_dep_state *s, const int32_t *g, int32_t x)
{
	size_t i, k = 0;

	for (i = s->b; i < s->n; i++)
		k += g[i] == x;
	return k;
}

size_t nf_dep_cost(const struct nf_dep_state *s, const int32_t *g, int t)
{
	int32_t s0 = s->sp > 0 ? s->stack[s->sp - 1] : -1;
	int32_t s1 = s->sp > 1 ? s->stack[s->sp - 2] : -1;	/* -1: the root */
	int32_t b0 = (int32_t)s->b;
	size_t i, k = 0;

	if (t == NF_DT_LEFT)
		return deps_in_buffer(s, g, s0) + (g[s0] > b0 || g[s0] == s1);
	if (t == NF_DT_RIGHT)
		return deps_in_buffer(s, g, s0) + (g[s0] >= b0);
	for (i = 0; i < s->sp; i++) {
		k += g[s->stack[i]] == b0;
		k += i + 1 < s->sp && g[b0] == s->stack[i];
	}
	return k + (g[b0] < 0 && s->sp > 0);
}
