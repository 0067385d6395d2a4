package app.tandem.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the statements prepared or created on the current thread inside {@link #count(Runnable)}: import it
 * into a test to assert how often something asks the database.
 */
@TestConfiguration
public class CountingDataSource {

    private static final ThreadLocal<AtomicInteger> STATEMENTS = new ThreadLocal<>();

    /** The number of statements {@code work} prepared on this thread. */
    public static int count(Runnable work) {
        STATEMENTS.set(new AtomicInteger());
        try {
            work.run();
            return STATEMENTS.get().get();
        } finally {
            STATEMENTS.remove();
        }
    }

    @Bean
    static BeanPostProcessor countStatements() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource ds && name.equals("dataSource") ? counting(ds) : bean;
            }
        };
    }

    private static DataSource counting(DataSource target) {
        return new DelegatingDataSource(target) {
            @Override
            public Connection getConnection() throws SQLException {
                return wrap(super.getConnection());
            }

            @Override
            public Connection getConnection(String user, String password) throws SQLException {
                return wrap(super.getConnection(user, password));
            }
        };
    }

    private static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    String m = method.getName();
                    AtomicInteger counter = STATEMENTS.get();
                    if (counter != null
                            && (m.equals("prepareStatement")
                                    || m.equals("createStatement")
                                    || m.equals("prepareCall"))) {
                        counter.incrementAndGet();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
