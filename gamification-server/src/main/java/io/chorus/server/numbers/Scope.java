package io.chorus.server.numbers;

import java.time.LocalDate;

/**
 * What the numbers are about: one company, the days [from, to) in its time zone, and at most one
 * office and one team (people are counted where they are now: the database keeps no history of moves).
 */
record Scope(long companyId, LocalDate from, LocalDate to, String timeZone, Long officeId, String officeName,
    Long teamId, String teamName) {}
