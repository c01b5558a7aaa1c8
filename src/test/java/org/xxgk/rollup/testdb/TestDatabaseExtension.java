package org.xxgk.rollup.testdb;

import java.lang.reflect.Parameter;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test a database of its own ({@link TestDatabase}) as a parameter of type {@link TestDatabase.Database}:
 * asked for by a {@code @BeforeAll} method, the database serves the whole class and is dropped after it; asked for by
 * a {@code @BeforeEach} or {@code @Test} method, it serves that test and is dropped after it (a test method sees its
 * class's database when there is one). A method with two such parameters gets two databases.
 */
public final class TestDatabaseExtension implements ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(TestDatabaseExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == TestDatabase.Database.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		// the n-th database parameter of a method is the n-th database of its context: a @BeforeEach and its
		// @Test share theirs; the store closes (drops) it when the class or the test is done
		return extensionContext.getStore(NAMESPACE)
			.computeIfAbsent("database-" + ordinal(parameterContext), (key) -> TestDatabase.create(),
					TestDatabase.Database.class);
	}

	private static int ordinal(ParameterContext parameterContext) {
		int ordinal = 0;
		Parameter[] parameters = parameterContext.getDeclaringExecutable().getParameters();
		for (int i = 0; i < parameterContext.getIndex(); i++) {
			if (parameters[i].getType() == TestDatabase.Database.class) {
				ordinal++;
			}
		}
		return ordinal;
	}

}
