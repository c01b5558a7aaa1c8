package org.xxgk.rollup.model;

/** A row or column label in one of the tables that matches no label of either template. */
public record UnexpectedLabel(int table, String label, String location) {

}
