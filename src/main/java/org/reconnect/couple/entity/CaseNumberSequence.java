package org.reconnect.couple.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last case number given out in a year; read under a row lock, so numbers never repeat. */
@Entity
@Table(name = "case_number_sequence")
public class CaseNumberSequence {

    @Id
    private int year;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected CaseNumberSequence() {
    }

    public CaseNumberSequence(int year, int lastNumber) {
        this.year = year;
        this.lastNumber = lastNumber;
    }

    /** RC-2026-0042: the next number of this year. */
    public String next() {
        lastNumber++;
        return "RC-%d-%04d".formatted(year, lastNumber);
    }
}
