/**
 * The running scores of one search, in typed arrays indexed by short id and reused from search to
 * search: a big fact base's common terms touch tens of thousands of facts, and an object per
 * touched fact (as MiniSearch keeps) cost more in garbage collection than the scoring itself.
 *
 * It adds up exactly as MiniSearch's OR did, so scores stay the same to the last bit: a term's
 * scores per fact first (in the order they come), then that subtotal onto the fact's total; a
 * fact is ordered by when a term first touched it, which breaks ties between equal scores.
 */
export class ScoreBoard {
  private total = new Float64Array(0);
  private subtotal = new Float64Array(0);
  /** How many distinct query terms a fact holds; 0 for a fact no term touched yet. */
  private matched = new Uint16Array(0);
  /** Which term occurrence last touched a fact, so its subtotal starts afresh for the next one. */
  private stamp = new Int32Array(0);
  private stampNow = 0;
  /**
   * Facts in the order a term first touched them, and those the current term touched, field by
   * field: typed lists rather than arrays, as a common term pushes tens of thousands of facts
   * through each (array pushes were half a common term's search).
   */
  private readonly order = new ShortIdList();
  private readonly termTouched = new ShortIdList();
  private readonly touchedInField = [new ShortIdList(), new ShortIdList(), new ShortIdList(), new ShortIdList()];
  private termCounts = false;

  /** Starts a search over short ids below `capacity`. */
  start(capacity: number): void {
    if (this.total.length < capacity) {
      const size = Math.ceil(capacity * 1.25) + 16;
      this.total = new Float64Array(size);
      this.subtotal = new Float64Array(size);
      this.matched = new Uint16Array(size);
      this.stamp = new Int32Array(size);
      this.stampNow = 0;
    }
    this.order.clear();
  }

  /** Starts a term; `firstTime` is false when the same term was searched already (it then adds its scores again but counts no new match). */
  startTerm(firstTime: boolean): void {
    if (this.stampNow >= 0x3fffffff) {
      this.stamp.fill(0);
      this.stampNow = 0;
    }
    this.stampNow += 1;
    this.termTouched.clear();
    this.termCounts = firstTime;
  }

  /**
   * Adds a fact's score for the term in one field. One pass over a term's postings adds all four
   * fields of each fact in turn; MiniSearch went field by field, so a fact first met in a later
   * field is ordered after all those met in an earlier one (see flushFields).
   */
  add(shortId: number, score: number, fieldId: number): void {
    if (this.stamp[shortId] !== this.stampNow) {
      this.stamp[shortId] = this.stampNow;
      this.subtotal[shortId] = score;
      this.touchedInField[fieldId]!.push(shortId);
    } else this.subtotal[shortId] = this.subtotal[shortId]! + score;
  }

  /** Ends one pass over a term's postings: the facts it met first, field by field. */
  flushFields(): void {
    for (const touched of this.touchedInField) {
      this.termTouched.append(touched);
      touched.clear();
    }
  }

  endTerm(): void {
    const touched = this.termTouched.items;
    const { total, subtotal, matched } = this;
    const counts = this.termCounts ? 1 : 0;
    for (let at = 0; at < this.termTouched.length; at += 1) {
      const shortId = touched[at]!;
      if (matched[shortId] === 0) {
        this.order.push(shortId);
        total[shortId] = subtotal[shortId]!;
        matched[shortId] = 1;
      } else {
        total[shortId] = total[shortId]! + subtotal[shortId]!;
        matched[shortId] = matched[shortId]! + counts;
      }
    }
  }

  /**
   * The best `limit` facts, best first: each total times the number of terms it holds, ties in the
   * order first touched (what a stable sort of all of them gives). Clears the board for the next search.
   */
  best(limit: number): Array<{ shortId: number; score: number }> {
    const ranked: Array<{ shortId: number; score: number }> = [];
    const order = this.order.items;
    const touched = this.order.length;
    try {
      if (limit <= 0) return ranked;
      if (limit >= touched) {
        for (let at = 0; at < touched; at += 1) ranked.push({ shortId: order[at]!, score: this.total[order[at]!]! * this.matched[order[at]!]! });
        return ranked.sort((a, b) => b.score - a.score);
      }
      for (let at = 0; at < touched; at += 1) {
        const shortId = order[at]!;
        const score = this.total[shortId]! * this.matched[shortId]!;
        if (ranked.length === limit && !(score > ranked[limit - 1]!.score)) continue;
        // After every kept fact at least as good: an equal score touched later ranks lower.
        let place = ranked.length;
        while (place > 0 && ranked[place - 1]!.score < score) place -= 1;
        ranked.splice(place, 0, { shortId, score });
        if (ranked.length > limit) ranked.pop();
      }
      return ranked;
    } finally {
      this.clear();
    }
  }

  /** Forgets the search (also when it stops half-way). */
  clear(): void {
    const order = this.order.items;
    for (let at = 0; at < this.order.length; at += 1) this.matched[order[at]!] = 0;
    this.order.clear();
    for (const touched of this.touchedInField) touched.clear();
  }
}

/** A list of short ids in a typed array that grows as needed and is reused from search to search. */
class ShortIdList {
  items = new Int32Array(16);
  length = 0;

  push(shortId: number): void {
    if (this.length === this.items.length) this.grow(this.length + 1);
    this.items[this.length++] = shortId;
  }

  append(other: ShortIdList): void {
    if (this.length + other.length > this.items.length) this.grow(this.length + other.length);
    this.items.set(other.items.subarray(0, other.length), this.length);
    this.length += other.length;
  }

  clear(): void {
    this.length = 0;
  }

  private grow(least: number): void {
    const grown = new Int32Array(Math.max(least, this.items.length * 2));
    grown.set(this.items.subarray(0, this.length));
    this.items = grown;
  }
}
