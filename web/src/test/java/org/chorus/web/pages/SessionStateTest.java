package org.chorus.web.pages;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Everything a page keeps between requests (view- and session-scoped beans) can be written to
 * another server of the cluster: the bean is Serializable and so is every value it holds, down to
 * the records inside its lists and maps. Injected services are the container's serializable
 * proxies; uploaded files are transient.
 */
class SessionStateTest {

  @Test
  void pageStateCrossesToAnotherServer() {
    List<Class<?>> beans = new ArrayList<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.chorus.web")) {
      if (c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class)) {
        beans.add(c.reflect());
      }
    }
    assertFalse(beans.isEmpty());
    List<String> broken = new ArrayList<>();
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        broken.add(bean.getSimpleName());
      }
      for (Field f : bean.getDeclaredFields()) {
        int m = f.getModifiers();
        if (Modifier.isStatic(m)
            || Modifier.isTransient(m)
            || f.isAnnotationPresent(Inject.class)) {
          continue;
        }
        if (!serializable(f.getGenericType())) {
          broken.add(bean.getSimpleName() + "." + f.getName() + ": " + f.getGenericType());
        }
      }
    }
    assertTrue(broken.isEmpty(), "not serializable: " + broken);
  }

  private static boolean serializable(Type type) {
    if (type instanceof Class<?> c) {
      return c.isPrimitive()
          || Serializable.class.isAssignableFrom(c)
          // interfaces whose implementations at hand are (List.of, HashMap...) are judged by
          // their type arguments
          || (c.isInterface() && c.getPackageName().equals("java.util"));
    }
    if (type instanceof ParameterizedType p) {
      if (!serializable(p.getRawType())) {
        return false;
      }
      for (Type argument : p.getActualTypeArguments()) {
        if (!serializable(argument)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
