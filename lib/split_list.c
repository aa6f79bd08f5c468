/*
 * split_list: list markers ("1." "1)" "1.)" "a." "a)" "A)" and bullets).
 * In a paragraph that starts with one, the next marker of the same list
 * starts a new sentence, stop or not.
 */
#include <stdint.h>
#include <string.h>

#include "split_int.h"

static int
is_bullet(int32_t cp)
{
	switch (cp) {
	case 0x2022: case 0x25E6: case 0x25AA: case 0x2023: case 0x2043:
	case 0x25CF: case 0x25CB: case 0x25A0: case 0x25A1: case 0x27A2:
	case 0x25BA: case 0x2713: case 0x2714: case 0x00B7:
	case '-': case '*': case '+':
		return 1;
	}
	return 0;
}

/*
 * Length of a list marker at t[i] (with the spaces after it), or 0.  With
 * expect set, only the marker that continues that list counts; else any
 * marker does and *lst is set up from it.
 */
size_t
marker_at(const char *t, size_t n, size_t i, struct list *lst, int expect)
{
	size_t j = i, len, d, k;
	int32_t cp;
	long num = 0;
	char delim[3] = { 0 };
	struct list found = { 0, 0, 0, { 0 } };

	if (i >= n)
		return 0;
	cp = cp_at(t, n, i, &len);
	if (is_bullet(cp)) {
		j = i + len;
		/* "-" and "*" need a space after them; "•9." does not. */
		if (j < n && !(t[j] == ' ' || t[j] == '\t') && (cp < 0x80 ||
		    !ascii_digit(t[j])))
			return 0;
		if (j >= n)
			return 0;
		if (expect && (lst->kind != 1 || lst->bullet != cp))
			return 0;
		found.kind = 1;
		found.bullet = cp;
		found.next = 0;
		k = j;
		while (k < n && (t[k] == ' ' || t[k] == '\t'))
			k++;
		/* "• 9. The first item": the number is part of the marker. */
		for (d = k; d < n && d - k < 3 && ascii_digit(t[d]); d++)
			;
		if (d > k && d + 1 < n && (t[d] == '.' || t[d] == ')') &&
		    t[d + 1] == ' ')
			j = d + 1;
		goto spaces;
	}
	for (d = i; d < n && d - i < 3 && ascii_digit(t[d]); d++)
		num = num * 10 + (t[d] - '0');
	if (d > i) {
		found.kind = 2;
		found.next = num + 1;
		if (expect && (lst->kind != 2 || lst->next != num))
			return 0;
	} else if (ascii_alpha(t[i])) {
		d = i + 1;
		found.kind = 3;
		found.next = t[i] + 1;
		if (expect && (lst->kind != 3 || lst->next != t[i]))
			return 0;
	} else
		return 0;
	if (d + 1 < n && t[d] == '.' && t[d + 1] == ')') {
		memcpy(delim, ".)", 2);
		j = d + 2;
	} else if (d < n && (t[d] == '.' || t[d] == ')')) {
		delim[0] = t[d];
		j = d + 1;
	} else
		return 0;
	/* "A." is an initial, not a list. */
	if (found.kind == 3 && t[i] <= 'Z' && delim[0] == '.')
		return 0;
	if (expect && strcmp(delim, lst->delim) != 0)
		return 0;
	memcpy(found.delim, delim, sizeof(delim));
spaces:
	if (j >= n || !(t[j] == ' ' || t[j] == '\t'))
		return 0;
	while (j < n && (t[j] == ' ' || t[j] == '\t'))
		j++;
	*lst = found;
	return j - i;
}

size_t
list_marker_len(const char *t, size_t n)
{
	struct list l;

	return marker_at(t, n, 0, &l, 0);
}

/* Position of the next marker continuing the list, after white space, or n. */
size_t
find_marker(const char *t, size_t n, size_t from, const struct list *lst)
{
	size_t i, len;
	struct list tmp;

	if (lst->kind == 0)
		return n;
	for (i = from; i < n; i++) {
		if (!(t[i] == ' ' || t[i] == '\t' || t[i] == '\n'))
			continue;
		/* Within a line, "- " before a lower-case word is a dash: "for us - this adds". */
		if (lst->kind == 1 && lst->bullet == '-' && t[i] != '\n' &&
		    i + 3 < n && t[i + 1] == '-' && t[i + 2] == ' ' &&
		    !ascii_upper((unsigned char)t[i + 3]) &&
		    !ascii_digit(t[i + 3]))
			continue;
		tmp = *lst;
		len = marker_at(t, n, i + 1, &tmp, 1);
		if (len > 0)
			return i + 1;
	}
	return n;
}
