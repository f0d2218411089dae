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
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    return serializable(type, new HashSet<>());
  }

  private static boolean serializable(Type type, Set<Type> seen) {
    if (!seen.add(type)) {
      return true;
    }
    if (type instanceof Class<?> c) {
      if (c.isRecord()) {
        // a record is written with its components: a List<IssueView> inside a SegmentView
        // fails at run time unless IssueView is serializable too
        if (!Serializable.class.isAssignableFrom(c)) {
          return false;
        }
        for (RecordComponent component : c.getRecordComponents()) {
          if (!serializable(component.getGenericType(), seen)) {
            return false;
          }
        }
        return true;
      }
      return c.isPrimitive()
          || Serializable.class.isAssignableFrom(c)
          // interfaces whose implementations at hand are (List.of, HashMap...) are judged by
          // their type arguments
          || (c.isInterface() && c.getPackageName().equals("java.util"));
    }
    if (type instanceof ParameterizedType p) {
      if (!serializable(p.getRawType(), seen)) {
        return false;
      }
      for (Type argument : p.getActualTypeArguments()) {
        if (!serializable(argument, seen)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
