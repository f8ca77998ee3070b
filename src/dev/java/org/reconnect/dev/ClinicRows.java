package org.reconnect.dev;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the generated clinic goes, row by row: into the database ({@link JdbcClinicRows}) or,
 * in a test, into memory. Every row carries its own id, so nothing waits for a generated key.
 */
public interface ClinicRows {

    /**
     * The tables the generator fills and their columns, in the order rows reach the database.
     * The order matters for the schema's triggers only (foreign keys are checked when the load is
     * over): answers go in before their response is stored as submitted, and a note's reviewed
     * entries before the signed note, as the application writes them.
     */
    Map<String, List<String>> TABLES = tables();

    /** One row of a table, its values in the order of {@link #TABLES}. */
    void add(String table, Object... values);

    private static Map<String, List<String>> tables() {
        Map<String, List<String>> t = new LinkedHashMap<>();
        String audited = "created_at,created_by,changed_at,changed_by";
        t.put("instrument", cols("id,code,version,title,definition,digest,source,created_at,created_by"));
        t.put("user_account", cols("id,email,display_name,password_hash,enabled," + audited));
        t.put("user_role", cols("user_id,role"));
        t.put("two_step", cols("user_id,secret,confirmed_at"));
        t.put("therapist", cols("id,user_id,credentials,max_caseload,accepting_new," + audited));
        t.put("couple", cols("id,case_number,status,therapist_id,opened_on,referral_source,reason,secrets_policy,"
                + "status_since,portal_after_close,joint_decision,joint_decision_by,joint_decision_on,current_step," + audited));
        t.put("partner", cols("id,couple_id,user_id,position,full_name,preferred_name,time_zone,consent_on,"
                + "consent_form_version,secrets_ack_on,screening,screened_on,screened_by,screening_note," + audited));
        t.put("case_number_sequence", cols("year,last_number"));
        t.put("case_status_change", cols("id,couple_id,episode,from_status,to_status,reason,changed_at,changed_by"));
        t.put("therapist_assignment", cols("id,couple_id,from_therapist_id,to_therapist_id,reason,over_capacity,"
                + "assigned_at,assigned_by"));
        t.put("couple_step", cols("id,couple_id,step_number,started_on,completed_on,comment,moved_by"));
        t.put("homework_assignment", cols("id,couple_id,partner_id,type,title,instructions,cadence,target,starts_on,"
                + "ends_on,visibility,status,step_number," + audited));
        t.put("homework_entry", cols("id,assignment_id,couple_id,author_id,type,logged_for,period_key,occurred_at,"
                + "bid_by,bid_kind,response,minutes,phones_off,prompts,prompt,rating,text," + audited));
        t.put("homework_feedback", cols("id,entry_id,text,shown_to_couple,created_at,created_by"));
        t.put("appointment", cols("id,couple_id,therapist_id,partner_id,modality,starts_at,ends_at,location,status,"
                + "reminder_sent_at," + audited));
        t.put("session_note_entry", cols("note_id,entry_id"));
        t.put("session_note", cols("id,appointment_id,couple_id,template,section_1,section_2,section_3,section_4,"
                + "steps_addressed,interventions,risk_level,risk_text,next_homework,status,signed_at,signed_by,"
                + "content_hash," + audited));
        t.put("assessment_plan", cols("id,couple_id,partner_id,instrument_id,recurrence,every_weeks,times,first_due,"
                + "share_results,status," + audited));
        t.put("assessment_answer", cols("administration_id,item_id,answer_value"));
        t.put("assessment_administration", cols("id,plan_id,couple_id,partner_id,instrument_id,due_on,opens_on,"
                + "closes_on,status,submitted_at,version," + audited));
        t.put("audit_event", cols("seq,occurred_at,actor,action,outcome,couple_id,target_type,target_id,"
                + "client_address,detail,content_hash"));
        t.put("audit_link", cols("link_no,event_seq,prev_hash,hash"));
        t.put("audit_event_couple", cols("seq,couple_id"));
        return Collections.unmodifiableMap(t);
    }

    private static List<String> cols(String names) {
        return List.of(names.split(","));
    }
}
