package org.reconnect.shared.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordResolverTest {

    public record Row(String caseNumber, int count, boolean open) {

        /** A derived value under a component's name: the bean resolver keeps reading this one. */
        public String getCaseNumber() {
            return "#" + caseNumber;
        }
    }

    public static final class Plain {
        public String getName() {
            return "plain";
        }
    }

    private final RecordResolver resolver = new RecordResolver();

    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }

    @Test
    void readsARecordsComponentsByName() {
        ELContext context = context();
        assertEquals(3, resolver.getValue(context, new Row("C-1", 3, true), "count"));
        assertTrue(context.isPropertyResolved());
        ELContext other = context();
        assertEquals(true, resolver.getValue(other, new Row("C-1", 3, true), "open"));
        assertTrue(other.isPropertyResolved());
    }

    @Test
    void leavesGettersOtherTypesAndUnknownNamesToTheNextResolver() {
        ELContext context = context();
        assertNull(resolver.getValue(context, new Row("C-1", 3, true), "caseNumber"), "the record's own getter wins");
        assertFalse(context.isPropertyResolved());
        assertNull(resolver.getValue(context, new Row("C-1", 3, true), "nothing"));
        assertFalse(context.isPropertyResolved());
        assertNull(resolver.getValue(context, new Plain(), "name"));
        assertFalse(context.isPropertyResolved());
        assertNull(resolver.getValue(context, null, "count"));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void aRecordIsReadOnly() {
        ELContext context = context();
        assertTrue(resolver.isReadOnly(context, new Row("C-1", 3, true), "count"));
        assertTrue(context.isPropertyResolved());
        assertThrows(PropertyNotWritableException.class,
                () -> resolver.setValue(context(), new Row("C-1", 3, true), "count", 4));
    }
}
