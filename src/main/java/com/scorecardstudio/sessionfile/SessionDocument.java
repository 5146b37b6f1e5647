package com.scorecardstudio.sessionfile;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The content of {@code session.json} in a {@code .scorecard} file: one session with everything in
 * it, one record per table. Ids of the source database are not kept, except {@code ref} on goals,
 * clients and criteria: a number unique inside the file that other sections refer to. Dates are ISO
 * strings ({@code 2026-11-22}), timestamps ISO instants, decimals strings (no binary rounding).
 * Unknown properties are ignored when reading, so a newer app may add fields without a new
 * {@code formatVersion}. See {@code docs/session-file-format.md}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionDocument(
        SessionDto session,
        List<ParticipantDto> participants,
        List<GoalDto> goals,
        List<PolicyCheckDto> policyChecks,
        List<AreaAssessmentDto> areaAssessments,
        List<ParkingNoteDto> parkingNotes,
        List<StageTimeboxDto> stageTimeboxes,
        ScoringDto scoring,
        /** The strategy map: links between goals (by their {@code ref}) and pinned card positions; optional. */
        MapDto map,
        /**
         * Dot-voting: the dots each participant has per stage (1-20); absent in older files and in sessions
         * that never voted with other than the default, read as the default (3).
         */
        Integer dotsPerParticipant,
        /** The agenda's planned breaks after stages (minutes; the clock of a break taken is not carried); optional. */
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<AgendaBreakDto> agendaBreaks,
        /**
         * Check-ins after the session (review periods, actuals with notes, closed periods and their log);
         * absent when the session has no review periods. A file with them has {@code formatVersion} 2.
         */
        CheckinsDto checkins) {

    /** A document without check-ins (as files of format version 1). */
    public SessionDocument(SessionDto session, List<ParticipantDto> participants, List<GoalDto> goals,
            List<PolicyCheckDto> policyChecks, List<AreaAssessmentDto> areaAssessments, List<ParkingNoteDto> parkingNotes,
            List<StageTimeboxDto> stageTimeboxes, ScoringDto scoring, MapDto map, Integer dotsPerParticipant,
            List<AgendaBreakDto> agendaBreaks) {
        this(session, participants, goals, policyChecks, areaAssessments, parkingNotes, stageTimeboxes, scoring, map,
                dotsPerParticipant, agendaBreaks, null);
    }

    /** A document without agenda breaks (as files before they were carried). */
    public SessionDocument(SessionDto session, List<ParticipantDto> participants, List<GoalDto> goals,
            List<PolicyCheckDto> policyChecks, List<AreaAssessmentDto> areaAssessments, List<ParkingNoteDto> parkingNotes,
            List<StageTimeboxDto> stageTimeboxes, ScoringDto scoring, MapDto map, Integer dotsPerParticipant) {
        this(session, participants, goals, policyChecks, areaAssessments, parkingNotes, stageTimeboxes, scoring, map,
                dotsPerParticipant, null);
    }

    /** A document without dot-voting's budget (as files before dot-voting were). */
    public SessionDocument(SessionDto session, List<ParticipantDto> participants, List<GoalDto> goals,
            List<PolicyCheckDto> policyChecks, List<AreaAssessmentDto> areaAssessments, List<ParkingNoteDto> parkingNotes,
            List<StageTimeboxDto> stageTimeboxes, ScoringDto scoring, MapDto map) {
        this(session, participants, goals, policyChecks, areaAssessments, parkingNotes, stageTimeboxes, scoring, map, null);
    }

    public SessionDocument {
        participants = participants == null ? List.of() : participants;
        goals = goals == null ? List.of() : goals;
        policyChecks = policyChecks == null ? List.of() : policyChecks;
        areaAssessments = areaAssessments == null ? List.of() : areaAssessments;
        parkingNotes = parkingNotes == null ? List.of() : parkingNotes;
        stageTimeboxes = stageTimeboxes == null ? List.of() : stageTimeboxes;
        agendaBreaks = agendaBreaks == null ? List.of() : agendaBreaks;
    }

    public record SessionDto(String uid, String title, String organization, String industry, String date,
            String facilitator, Integer horizonYear, String notes, String createdAt, String updatedAt) {
    }

    public record ParticipantDto(String name, String role) {
    }

    /** The strategy map: cause → effect links and the cards placed by hand. */
    public record MapDto(List<LinkDto> links, List<PinDto> pins) {
        public MapDto {
            links = links == null ? List.of() : links;
            pins = pins == null ? List.of() : pins;
        }
    }

    /** A link from the goal with ref {@code cause} to the goal with ref {@code effect}; strength weak, medium or strong. */
    public record LinkDto(long cause, long effect, String hypothesis, String strength) {
    }

    /** Where the card of the goal with ref {@code goal} was placed (map units). */
    public record PinDto(long goal, double x, double y) {
    }

    /**
     * A goal; {@code votes} are the dots participants put on it in dot-voting, left out of the file when
     * there are none (so a session that never voted writes what it wrote before).
     */
    public record GoalDto(long ref, String stage, String area, int position, String title, String description,
            String owner, String priority, List<IndicatorDto> indicators, List<InitiativeDto> initiatives,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<VoteDto> votes) {
        public GoalDto {
            indicators = indicators == null ? List.of() : indicators;
            initiatives = initiatives == null ? List.of() : initiatives;
            votes = votes == null ? List.of() : votes;
        }

        /** A goal nobody voted on. */
        public GoalDto(long ref, String stage, String area, int position, String title, String description,
                String owner, String priority, List<IndicatorDto> indicators, List<InitiativeDto> initiatives) {
            this(ref, stage, area, position, title, description, owner, priority, indicators, initiatives, List.of());
        }
    }

    /** The dots (1-20) one participant, by name, put on a goal. */
    public record VoteDto(String participant, Integer dots) {
    }

    public record IndicatorDto(int position, String name, String unit, String direction, String baselineValue,
            String baselineDate, String targetValue, String targetDate, String scale, String impactValue,
            String impactUnit, String dataSource, String reviewFrequency, List<MeasurementDto> measurements) {
        public IndicatorDto {
            measurements = measurements == null ? List.of() : measurements;
        }
    }

    public record MeasurementDto(String date, String value) {
    }

    public record InitiativeDto(int position, String title, String owner, String startDate, String dueDate,
            String budget, String status) {
    }

    public record PolicyCheckDto(String policy, String status, String note) {
    }

    public record AreaAssessmentDto(String area, Integer score, String note) {
    }

    public record ParkingNoteDto(String text, String createdAt, boolean done) {
    }

    /**
     * The review schedule ({@code cadence} "monthly" or "quarterly", {@code start} an ISO date, the two
     * windows 1-24), the actuals, the closed periods (ids like {@code 2027-03} or {@code 2027-Q1}) and
     * the log of closing and unlocking.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CheckinsDto(String cadence, String start, Integer afterWindow, Integer sustainPeriods,
            List<ActualDto> actuals, List<String> closed, List<PeriodActionDto> log) {
        public CheckinsDto {
            actuals = actuals == null ? List.of() : actuals;
            closed = closed == null ? List.of() : closed;
            log = log == null ? List.of() : log;
        }
    }

    /**
     * One actual: of the goal {@code goal} (its {@code ref}) and its indicator at {@code indicator}
     * (0-based, in the order of {@code position}), for a {@code period} id; {@code value} a decimal
     * string or absent (a note alone).
     */
    public record ActualDto(long goal, int indicator, String period, String value, String note) {
    }

    /** A period closed or unlocked ({@code action} "close" or "unlock"), the reason given and when (ISO instant). */
    public record PeriodActionDto(String period, String action, String reason, String at) {
    }

    /** A break of {@code minutes} planned after the stage {@code afterStage} (its key). */
    public record AgendaBreakDto(String afterStage, int minutes) {
    }

    public record StageTimeboxDto(String stage, int minutes) {
    }

    public record ScoringDto(SettingsDto settings, List<CriterionDto> criteria, List<ClientDto> clients,
            List<StrategyDto> strategies) {
        public ScoringDto {
            criteria = criteria == null ? List.of() : criteria;
            clients = clients == null ? List.of() : clients;
            strategies = strategies == null ? List.of() : strategies;
        }
    }

    public record SettingsDto(String mediumFrom, String highFrom, String concentrationLimit) {
    }

    public record CriterionDto(String axis, int position, String key, String name, String weight) {
    }

    /** {@code scores} maps a criterion's {@code key} to the score (1-5). */
    public record ClientDto(String name, String nameKey, String segment, String revenue, String currency, String notes,
            String createdAt, String updatedAt, Map<String, Integer> scores) {
        public ClientDto {
            scores = scores == null ? Map.of() : scores;
        }
    }

    public record StrategyDto(String zone, String text) {
    }
}
