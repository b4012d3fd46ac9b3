package com.cineorg.domain.parse;

/** A vocabulary entry: what a word (or words) means and how sure that is. */
final class Prop {
    final Claim claim;
    final Strength strength;
    final String value;
    final Prop also;

    Prop(Claim claim, Strength strength, String value, Prop also) {
        this.claim = claim;
        this.strength = strength;
        this.value = value;
        this.also = also;
    }
}
