package org.reconnect.shared.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.InContainer;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server's own connections to the database, the application's and the schema owner's, are encrypted. */
@ExtendWith(ArquillianExtension.class)
class DatabaseTlsIT {

    private static final String TLS = "SELECT VARIABLE_VALUE FROM information_schema.SESSION_STATUS WHERE VARIABLE_NAME = 'SSL_CIPHER'";

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(DatabaseTlsIT.class);
    }

    @Test
    void bothDatasourcesSpeakTls() throws Exception {
        String application = Deployed.text(TLS);
        String owner = Deployed.textAsOwner(TLS);
        assertTrue(application != null && !application.isBlank(), "the application's connection: " + application);
        assertTrue(owner != null && !owner.isBlank(), "the schema owner's connection: " + owner);
    }
}
